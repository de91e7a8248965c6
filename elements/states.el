# Acceptance of the Court's jurisdiction by the States concerned (arts. 11, 12, 12(3), 126).
# Source: shared/law/reference.md §4 (ICC Situation in Ukraine page and press release pr1146 [V];
# ratification dates [S]). The jurisdiction layer reads these before any element.

state "Ukraine" {
  declaration "art. 12(3) declaration lodged 17 April 2014" from 2013-11-21 to 2014-02-22
  declaration "art. 12(3) declaration lodged 8 September 2015" from 2014-02-20
  party from 2025-01-01 "instrument of ratification deposited 25 October 2024; in force under art. 126(2)"
  source "ICC, Situation in Ukraine (icc-cpi.int/situations/ukraine); ICC press release pr1146, 8 Sep 2015"
  note "On ratification Ukraine declared under art. 124 that for seven years it does not accept jurisdiction over war crimes (art. 8) committed by its nationals. Not encoded: it does not affect crimes by Russian or Belarusian nationals on Ukrainian territory."
}

state "Belarus" {
  note "Not a State Party and no art. 12(3) declaration. Conduct wholly on Belarusian territory by Belarusian nationals is outside the Court's reach absent a Security Council referral (art. 13(b)); Lithuania's referral of 30 September 2024 concerns deportation of Belarusians, with elements on Lithuanian territory."
}

state "Russia" {
  note "Signed the Statute on 13 September 2000; notified on 30 November 2016 that it did not intend to become a party [M]. Not a State Party."
}

# Other States are not declared: the reference gives no verified dates for them, and a State
# missing here makes jurisdiction `undetermined`, never `outside`.
