"""A charge's acts: the accused's own acts before other accused's acts of the same result
(`engine.forms.own_first`, issue 18). A charge that is not made out shows how the accused's own
act fares, not another accused's act that happens to have more of the crime's elements."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rome_elements import api
from rome_elements.engine import forms
from rome_elements.engine.report import ChargeFinding
from rome_elements.rules.library import Library
from rome_elements.rules.links import accused_links

# Two accused, one removal each. T1 is Beta's: for Alpha's charge every element of the crime
# that does not read Alpha's mind is supported, and the charge's own elements (Alpha's personal
# commission, intent and awareness) are missing — none of them names T1. T2 is Alpha's own:
# Alpha carried it out and knew of the persons' status (a state of mind naming T2), but the
# persons are nationals of the Occupying Power (not protected), the removal is tied to a
# non-international conflict (no IAC context) and they chose to go (no unlawful transfer).
# Both acts are "not made out" for Alpha; T1 has more elements supported (4 to 3) and comes
# first in natural order, so only the own-acts-first rule (`own_first`) puts T2 first.
CASE = """\
case: Two officials, one removal each (test case; persons fictional)
standard: reasonable_grounds
accused:
  - {id: alpha, name: Anna Alpha (fictional)}
  - {id: beta, name: Boris Beta (fictional)}
charges:
  - {accused: alpha, crime: 8(2)(a)(vii)-1, mode: direct_perpetration}
  - {accused: beta, crime: 8(2)(a)(vii)-1, mode: direct_perpetration}
evidence:
  - {id: E1, kind: document, source: Convoy lists, reliability: A, credibility: 2,
     excerpt: "Both convoys left Kherson in October 2022."}
facts:
  - {id: AC, type: armed_conflict, parties: Russia and Ukraine, character: international,
     since: 2022-02-24, evidence: [E1]}
  - {id: NIAC, type: armed_conflict, parties: an armed group and Ukraine,
     character: non-international, since: 2022-02-24, evidence: [E1]}
  - {id: OCC, type: occupation, territory: Russian-occupied Kherson region, occupier: Russia,
     since: 2022-03-02, until: 2022-11-11, evidence: [E1]}
  - {id: G_UA, type: group, description: children of a Kherson boarding school,
     nationals_of: Ukraine, civilian: true, evidence: [E1]}
  - {id: G_RU, type: group, description: families of Russian officials, nationals_of: Russia,
     civilian: true, evidence: [E1]}
  - {id: T1, type: transfer, persons: G_UA, origin: Kherson,
     origin_territory: Russian-occupied Kherson region, origin_state: Ukraine,
     destination: Anapa, destination_state: Russia, cross_border: true, by: beta,
     date: 2022-10-21, evidence: [E1]}
  - {id: T2, type: transfer, persons: G_RU, origin: Kherson,
     origin_territory: Russian-occupied Kherson region, origin_state: Ukraine,
     destination: Anapa, destination_state: Russia, cross_border: true, by: alpha,
     date: 2022-10-22, conflict: NIAC, evidence: [E1]}
  - {id: CON_T2, type: consent, regarding: T2, given_by: persons_concerned, free: true,
     evidence: [E1]}
  - {id: MA_PROT, type: mental_state, person: alpha, state: knew, about: protected_status,
     act: T2, date: 2022-10-01, evidence: [E1]}
"""


# Alpha's general state of mind: meant to engage in the conduct, naming no act. It reaches every
# act (a state of mind that names no act counts for each act it precedes), Beta's T1 too: Alpha's
# intent is supported for both, and T1 now lacks one element fewer (3 to T2's 4). Still T2 is
# Alpha's own act — Alpha carried it out (`personal_commission`, the mode's objective link to
# the act) — and T1 is not: a state of mind is no link of the accused to an act (issue 18).
GENERAL = """\
  - {id: MA_GEN, type: mental_state, person: alpha, state: meant, about: conduct,
     date: 2022-10-01, evidence: [E1]}
"""


def _alpha(tmp_path_factory: pytest.TempPathFactory, text: str) -> ChargeFinding:
    library: Library = api.load_library()
    path: Path = tmp_path_factory.mktemp("own_first") / "case.yaml"
    path.write_text(text, encoding="utf-8")
    report = api.check(api.load_case(path, library), library, all_chains=True).report
    return report.charges[0]


@pytest.fixture(scope="module")
def alpha(tmp_path_factory: pytest.TempPathFactory) -> ChargeFinding:
    return _alpha(tmp_path_factory, CASE)


@pytest.fixture(scope="module")
def alpha_general(tmp_path_factory: pytest.TempPathFactory) -> ChargeFinding:
    """The same case, with Alpha's general state of mind (`GENERAL`)."""
    return _alpha(tmp_path_factory, CASE + GENERAL)


def _missing(charge: ChargeFinding, act: str) -> set[str]:
    (found,) = [a for a in charge.acts if a.act == act]
    return {e.id for e in found.elements if e.status != "supported"}


def test_the_other_accused_s_act_has_more_elements_supported(alpha: ChargeFinding) -> None:
    """The premise: without the rule, T1 would rank first (fewer elements missing, and first
    in natural order)."""
    assert _missing(alpha, "T1") == {
        "personal_commission",
        "intent",
        "protected_awareness",
        "iac_awareness",
    }
    assert _missing(alpha, "T2") == {
        "protected",
        "iac_context",
        "unlawful",
        "intent",
        "iac_awareness",
    }
    assert all(not a.made_out for a in alpha.acts)


def test_the_accused_s_own_act_comes_first_and_is_the_act_shown(alpha: ChargeFinding) -> None:
    assert [a.act for a in alpha.acts] == ["T2", "T1"]
    assert alpha.act == "T2"
    assert not alpha.made_out
    missing = {e.id for e in alpha.elements if e.status != "supported"}
    assert missing == {"protected", "iac_context", "unlawful", "intent", "iac_awareness"}


def test_a_general_state_of_mind_reaches_the_other_accused_s_act(
    alpha_general: ChargeFinding,
) -> None:
    """The premise: Alpha's act-less intent counts for T1 as for T2, and T1 has fewer elements
    missing."""
    assert _missing(alpha_general, "T1") == {
        "personal_commission",
        "protected_awareness",
        "iac_awareness",
    }
    assert _missing(alpha_general, "T2") == {
        "protected",
        "iac_context",
        "unlawful",
        "iac_awareness",
    }
    assert all(not a.made_out for a in alpha_general.acts)


def test_a_state_of_mind_makes_no_act_the_accused_s_own(alpha_general: ChargeFinding) -> None:
    """Own acts are those the mode's objective links tie to the accused (here: Alpha carried
    out T2), not those a state of mind of the accused reaches."""
    assert [a.act for a in alpha_general.acts] == ["T2", "T1"]
    assert alpha_general.act == "T2"


# What ties the accused to an act, mode by mode (reference §2): the objective elements that
# name the accused and the act in facts that name one another. Not the mental elements; not
# `crime_committed`, `group_common_purpose` (25(3)(d)) or `forces_committed` (28(a)), true of
# anyone's act; not `military_commander`, a command held at the time of every act.
LINKS = {
    "direct_perpetration": {"personal_commission"},
    "co_perpetration": {"common_plan", "essential_contribution"},
    "indirect_perpetration": {
        "control_of_organisation",
        "hierarchical_apparatus",
        "automatic_compliance",
    },
    "indirect_co_perpetration": {
        "common_plan",
        "coordinated_contributions",
        "control_of_organisation",
        "hierarchical_apparatus",
        "automatic_compliance",
    },
    "ordering": {"instruction", "position_of_authority", "direct_effect"},
    "soliciting_inducing": {"influence", "direct_effect"},
    "aiding_abetting": {"assistance"},
    "common_purpose": {"group_contribution"},
    "superior_responsibility": {"subordinates", "activities", "failure", "causation"},
    "command_responsibility": {"effective_control", "failure_to_act", "causation"},
}


@pytest.mark.parametrize("option", ["default", "other"])
def test_the_links_of_each_mode(option: str) -> None:
    library = api.load_library()
    options = library.default_options()
    if option == "other":  # every option's last choice: each mode's other version
        options = {o.id.value: o.choices[-1].id.value for o in library.options.values()}
    found = {m: set(accused_links(library, mode, options)) for m, mode in library.modes.items()}
    assert found == LINKS


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_moving_acts_to_their_own_place_is_sorting_them_all(data: st.DataObject) -> None:
    """`forms._moved` (cut out and bisected in, or sorted again when many move) gives the
    acts in the order that sorting every act by its key gives."""
    n = data.draw(st.integers(0, 90))
    orders = [data.draw(st.tuples(st.integers(0, 3), st.integers(0, 1))) for _ in range(n)]
    acts = [_Act(f"T{k}") for k in range(n)]
    keys = sorted((orders[k], k) for k in range(n))
    ranking = forms._Ranking(
        [acts[k] for _, k in keys],  # type: ignore[misc]
        keys,
        {acts[k].act: i for i, (_, k) in enumerate(keys)},
        (),
    )
    chosen = data.draw(st.lists(st.integers(0, max(0, n - 1)), unique=True)) if n else []
    moved = [
        ((data.draw(st.tuples(st.integers(0, 3), st.integers(0, 1))), k), acts[k]) for k in chosen
    ]
    everything = {k: key for key, k in keys}
    for (order, k), _ in moved:
        everything[k] = order
    want = [acts[k] for k in sorted(range(n), key=lambda k: (everything[k], k))]
    few = forms._FEW_MOVED
    forms._FEW_MOVED = data.draw(st.sampled_from((0, 3, few)))  # both ways
    try:
        assert forms._moved(ranking, moved) == want  # type: ignore[arg-type]
    finally:
        forms._FEW_MOVED = few


@dataclass(frozen=True)
class _Act:
    act: str
