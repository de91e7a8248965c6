# Acceptance of the Court's jurisdiction by States (arts. 11, 12, 12(3), 124, 126, 127).
#
# Every date below comes from a page read in this project's stored sources; the `source` clause
# gives its address and the `provenance` clause says how the date is known:
#   [V]            the cited page states the date verbatim (its kind is named: ICC/ASP/UN pages
#                  are primary; the ABA ICC Project data, Wikipedia copies, NGOs, press are secondary);
#   [V, secondary] verbatim, but only in a secondary source;
#   [S]            confirmed in substance by a secondary source;
#   computed       entry into force worked out under art. 126 from a sourced deposit date: on
#                  1 July 2002 for instruments deposited on or before 11 April 2002 (the day the
#                  60th was deposited, art. 126(1)), otherwise the first day of the month after
#                  the 60th day following deposit (art. 126(2)).
# For the 109 States Parties generated from the ABA data, the printed entry into force was
# checked against art. 126 applied to the printed deposit date; the six rows where they disagreed
# (Grenada, Malawi, Montenegro, Tunisia, Vanuatu, Venezuela) are written by hand below from other
# sources. Party count: 122 in the ABA data (January 2015) - Burundi - Philippines + Palestine,
# El Salvador, Kiribati, Armenia, Ukraine = 125, the ICC's count in June 2025.
#
# A State declared here with no acceptance covering a date gives `outside` for conduct wholly on
# its territory then; a State not declared, or declared `unverified`, gives `undetermined`; a
# `checked` date bounds what the record can say (later conduct is `undetermined`).

# Security Council referrals (art. 13(b)) are not States' acceptances: a case says how its
# situation came before the Court with a `referral` fact (vocabulary/context.el), which
# engine/jurisdiction.py reads; art. 12(2) does not apply to them. The referrals so far:
#   the situation in Darfur, Sudan, since 1 July 2002 — Security Council resolution 1593 (2005),
#     adopted on 31 March 2005 [V: S/RES/1593 (2005); ICC Prosecutor's statement of 1 April 2005];
#   the situation in the Libyan Arab Jamahiriya since 15 February 2011 — Security Council
#     resolution 1970 (2011), adopted on 26 February 2011 [M] (shared/law/reference.md §9.6).

# ---- Situations with art. 12(3) declarations, withdrawals and art. 124 declarations -------------

state "Ukraine" {
  declaration "art. 12(3) declaration lodged 17 April 2014" from 2013-11-21 to 2014-02-22 "[V] period on the ICC pr1146 page; lodging date [S: dianemarieamann.com] (shared/law/reference.md §4.2)"
  declaration "art. 12(3) declaration lodged 8 September 2015" from 2014-02-20 "[V] ICC press release pr1146, 8 Sep 2015: alleged crimes committed in its territory since 20 February 2014, open-ended"
  party from 2025-01-01 "computed under art. 126(2) from deposit on 25 October 2024; [V] coalitionfortheicc.org/ukraine-becomes-125th-ICC-state-party and ua.interfax.com.ua/news/general/1088606 (ICC statement of 17 July 2025: deposited 25 October 2024, in force 1 January 2025)"
  exclusion "art. 124 declaration" war_crimes nationals from 2025-01-01 to 2031-12-31
  source "ICC, Situation in Ukraine; ICC press release pr1146 (8 Sep 2015); coalitionfortheicc.org/ukraine-becomes-125th-ICC-state-party; amnestyusa.org/press-releases/ukraine-ratifying-the-rome-statute-a-welcome-step-but-limitations-must-be-addressed; ejiltalk (ejilt.org/index-602.html) for the text of art. 124"
  provenance "art. 124 period computed: seven years after the Statute's entry into force for Ukraine (art. 124), 1 January 2025 to 31 December 2031; [S] the declaration covers war crimes (art. 8) by Ukraine's nationals for seven years after ratification comes into effect (Amnesty International USA, 2024; Kyiv Independent, 1 Jan 2025; globalsecuritywire.com, 8 Oct 2024)"
  unsettled "Ukraine's art. 124 declaration is limited to its nationals; whether such a selective, nationals-only use of art. 124 is allowed is unclear (crimeofaggression.info; ejiltalk), and Amnesty International notes a possible conflict with the open-ended art. 12(3) declaration of 2015. Encoded here: war crimes by Ukrainian nationals dated 1 January 2025 to 31 December 2031 are not within jurisdiction through Ukraine; earlier conduct stays covered by the 2015 declaration."
}

state "Palestine" {
  declaration "art. 12(3) declaration of 31 December 2014" from 2014-06-13 to 2015-03-31 "[V] un.org/unispal/document/auto-insert-202425: crimes committed in the occupied Palestinian territory, including East Jerusalem, since June 13, 2014; valid for an unspecified period (it ends here the day before accession took effect, when party status covers the same ground)"
  party from 2015-04-01 "[V] asp.icc-cpi.int/states-parties/asian-states/Palestine: acceded on 2 January 2015, in force 1 April 2015 (agrees with art. 126(2))"
  source "asp.icc-cpi.int/states-parties/asian-states/Palestine; un.org/unispal/document/auto-insert-202425; pcjc.blogs.pace.edu/tag/ratification"
  provenance "[V] primary (ASP page, UN copy of the declaration)"
}

state "Côte d'Ivoire" {
  declaration "art. 12(3) declaration dated 18 April 2003 (reconfirmed 14 December 2010 and 3 May 2011)" from 2002-09-19 to 2013-04-30 "[V, secondary] liquisearch.com (Wikipedia notes): accepts jurisdiction for acts committed on Ivorian territory since the events of 19 September 2002; [S] npwj.org (since 19 September 2002); [V] 18 April 2003 in ICC press release of 3 Oct 2011 and ASP pr873"
  party from 2013-05-01 "computed under art. 126(2) from deposit on 15 February 2013 ([V] asp.icc-cpi.int/press-releases/pr873); [V, secondary] ABA data: in force 2013-05-01"
  source "asp.icc-cpi.int/press-releases/pr873; icc-cpi.int/news/icc-pre-trial-chamber-iii-authorises-prosecutor-launch-investigation-cote-divoire; liquisearch.com/states_parties_to_the_rome_statute_of_the_international_criminal_court/notes; npwj.org"
  provenance "declaration end: the day before party status (it was open-ended; party status covers the same ground from 1 May 2013)"
}

state "Burundi" {
  party from 2004-12-01 "computed under art. 126(2) from deposit on 21 September 2004 ([V, secondary] ABA data; entry into force 2004-12-01 printed there too)"
  withdrawal effective 2017-10-27 "[V, secondary] ielr.com (On October 27, 2017, Burundi became the first State Party to withdraw); globalnation.inquirer.net (withdrawal took effect on Oct. 27, 2017); [S] kassfm.co.ke (notification 27 October 2016, one year before)"
  source "ielr.com/content/icc-authorizes-investigation-burundi-despite-withdrawal-rome-statute; globalnation.inquirer.net/165005/know-rome-statute; ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at 31b88a9)"
  note "Art. 127(2): the Court retains jurisdiction over crimes committed while Burundi was a Party, even after the withdrawal took effect (ICC statement of 20 March 2018, icc-cpi.int, citing the Pre-Trial Chamber decision authorising the Burundi investigation)."
}

state "Philippines" {
  party from 2011-11-01 "computed under art. 126(2) from deposit on 30 August 2011 ([V, secondary] ABA data; entry into force 2011-11-01 printed there too)"
  withdrawal effective 2019-03-17 "[V] icc-cpi.int press release of 20 March 2018: notification of withdrawal deposited 17 March 2018, effective one year after deposit (art. 127(1)); [V, secondary] coalitionfortheicc.org/news/20190315/philippines-leaves-icc: as of 17 March [2019] no longer a member"
  source "icc-cpi.int/news/icc-statement-philippines-notice-withdrawal-state-participation-rome-statute-system-essential; coalitionfortheicc.org/news/20190315/philippines-leaves-icc"
  note "The ICC retains its jurisdiction over crimes committed during the time in which the State was party to the Statute and may exercise it after the withdrawal becomes effective (ICC statement, 20 March 2018)."
}

state "Hungary" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1): deposit 30 November 2001 ([V, secondary] ABA data)"
  withdrawal effective 2026-06-02 "[V] icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary (effective as of 2 June 2026); [V, secondary] coalitionfortheicc.org/news/hungary-withdraws-icc-rome-statute (notified 2 June 2025)"
  source "icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary; ABA ICC Project data"
}

state "Colombia" {
  party from 2002-11-01 "computed under art. 126(2) from deposit on 5 August 2002 ([V, secondary] ABA data)"
  exclusion "art. 124 declaration" war_crimes nationals territory from 2002-11-01 to 2009-10-31
  source "ABA ICC Project data; liquisearch.com/states_parties_to_the_rome_statute_of_the_international_criminal_court/notes (note A)"
  provenance "[V, secondary] art. 124 declaration in force with the Statute for Colombia on 1 November 2002, expired 31 October 2009 (Wikipedia notes)"
}

state "France" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1): deposit 9 June 2000 ([V, secondary] ABA data; pgaction.org)"
  exclusion "art. 124 declaration (withdrawn with effect from 15 June 2008)" war_crimes nationals territory from 2002-07-01 to 2008-06-14
  source "ABA ICC Project data; liquisearch.com/states_parties_to_the_rome_statute_of_the_international_criminal_court/notes (note C)"
  provenance "[V, secondary] France withdrew its art. 124 declaration on 13 August 2008 with effect from 15 June 2008 (Wikipedia notes)"
}

# ---- States Parties whose dates were checked by hand --------------------------------------------

state "Democratic Republic of the Congo" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1): deposit 11 April 2002, one of the ten instruments deposited together that day ([V, secondary] pgaction.org/ilhr/rome-statute/drc.html: Ratification Date 11 April 2002; ABA data; iccnow.org on the 11 April 2002 ceremony)"
  source "pgaction.org/ilhr/rome-statute/drc.html; ABA ICC Project data"
}

state "Armenia" {
  party from 2024-02-01 "computed under art. 126(2) from deposit on 14 November 2023; [V, secondary] wikimili.com/en/States_parties_to_the_Rome_Statute: 14 November 2023, 1 February 2024"
  source "wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary)"
}

state "El Salvador" {
  party from 2016-06-01 "[V] dre.tretas.org/dre/2961133 (Portuguese gazette reproducing the UN depositary notification: accession deposited 3 March 2016, in force 1 June 2016 under art. 126(2)); [V] asp.icc-cpi.int/fr/press-releases/PR1193 (deposit 3 March 2016)"
  source "dre.tretas.org/dre/2961133/aviso-43-2017-de-4-de-maio; asp.icc-cpi.int/fr/press-releases/PR1193"
}

state "Kiribati" {
  party from 2020-02-01 "[V] coalitionfortheicc.org/news/20191128/kiribati-accedes-rome-statute: accession deposited 26 November 2019, in force 1 February 2020 (agrees with art. 126(2))"
  source "coalitionfortheicc.org/news/20191128/kiribati-accedes-rome-statute; pgaction.org/fr/news/kiribati-accedes-to-rome-statute.html"
}

state "Grenada" {
  party from 2011-08-01 "computed under art. 126(2) from deposit on 19 May 2011 ([V, secondary] ABA data, whose printed entry into force 2002-08-01 is a typo); [V, secondary] ms.m.wikipedia.org/wiki/Khas:MobileDiff/1725977: in force for Grenada on 1 August 2011"
  source "ABA ICC Project data; ms.m.wikipedia.org/wiki/Khas:MobileDiff/1725977"
}

state "Tunisia" {
  party from 2011-09-01 "computed under art. 126(2) from deposit on 24 June 2011 ([V, secondary] ABA data, whose printed entry into force 2002-09-01 is a typo); [V, secondary] ms.m.wikipedia.org/wiki/Khas:MobileDiff/1725977: in force for Tunisia on 1 September 2011"
  source "ABA ICC Project data; ms.m.wikipedia.org/wiki/Khas:MobileDiff/1725977"
}

state "Vanuatu" {
  party from 2012-02-01 "[V] asp.icc-cpi.int/press-releases/press-releases-2011/pr752: accession deposited 2 December 2011, in force 1 February 2012"
  source "asp.icc-cpi.int/press-releases/press-releases-2011/pr752"
}

state "Malawi" {
  party from 2002-12-01 "computed under art. 126(2) from deposit on 19 September 2002 ([V, secondary] pgaction.org/ilhr/rome-statute/malawi.html; the ABA data prints 2011-09-19, a typo, and entry into force 2002-12-01)"
  source "pgaction.org/ilhr/rome-statute/malawi.html; ABA ICC Project data"
}

state "Montenegro" {
  party from 2006-06-03 "succession: [V, secondary] pgaction.org/es/ilhr/rome-statute/montenegro.html (in force for Montenegro on 3 June 2006, the date of its independence; confirmed 23 October 2006); liquisearch.com notes (note D)"
  source "pgaction.org/es/ilhr/rome-statute/montenegro.html; liquisearch.com/states_parties_to_the_rome_statute_of_the_international_criminal_court/notes"
}

state "Venezuela" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1): deposit 7 June 2000 ([V] zaki.ru/pagesnew.php?id=59434&page=8, copy of the UN depositary status table; ABA data, which leaves entry into force blank)"
  source "zaki.ru/pagesnew.php?id=59434&page=8; ABA ICC Project data"
}

# ---- Non-parties named in shared/law/reference.md -------------------------------------------------

state "Belarus" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "shared/law/reference.md §4.3 [S: Ukrainian World Congress / RFE-RL]; ABA ICC Project data (not a party, January 2015)"
  note "Not a State Party and no art. 12(3) declaration. Conduct wholly on Belarusian territory by Belarusian nationals is outside the Court's reach absent a Security Council referral (art. 13(b)); Lithuania's referral of 30 September 2024 concerns deportation of Belarusians, with elements on Lithuanian territory."
}

state "Russia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "kyivindependent.com/ukraine-becomes-party-to-the-rome-statute-of-the-international-criminal-court (Russia and the U.S. signed the treaty but later withdrew their signatures); ABA ICC Project data (signed 13 September 2000, not a party)"
  note "Signed the Statute on 13 September 2000 [V, secondary: ABA data]; notified on 30 November 2016 that it did not intend to become a party [M]. Not a State Party."
}

# ---- Generated from the ABA ICC Project data (see the header) ------------------------------------

state "Afghanistan" {
  party from 2003-05-01 "computed under art. 126(2) from deposit on 10 February 2003"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 10 February 2003 and entry into force 1 May 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 10 February 2003, 1 May 2003"
}

state "Albania" {
  party from 2003-05-01 "computed under art. 126(2) from deposit on 31 January 2003"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 31 January 2003 and entry into force 1 May 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 31 January 2003, 1 May 2003; pgaction.org/es/ilhr/rome-statute/albania.html"
}

state "Andorra" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 30 April 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 30 April 2001, 1 July 2002"
}

state "Antigua and Barbuda" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 18 June 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 18 June 2001, 1 July 2002"
}

state "Argentina" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 8 February 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 8 February 2001, 1 July 2002"
}

state "Australia" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 1 July 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 1 July 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 1 July 2002, 1 September 2002"
}

state "Austria" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 December 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in wikimili.com/en/States_parties_to_the_Rome_Statute (Wikipedia, secondary): 28 December 2000, 1 July 2002"
}

state "Bangladesh" {
  party from 2010-06-01 "computed under art. 126(2) from deposit on 23 March 2010"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 23 March 2010 and entry into force 1 June 2010 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in dl1.en-us.nina.az States_parties_to_the_Rome_Statute (Wikipedia copy, secondary): 23 March 2010, 1 June 2010"
}

state "Barbados" {
  party from 2003-03-01 "computed under art. 126(2) from deposit on 10 December 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 10 December 2002 and entry into force 1 March 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in dl1.en-us.nina.az States_parties_to_the_Rome_Statute (Wikipedia copy, secondary): 10 December 2002, 1 March 2003"
}

state "Belgium" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 June 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in dl1.en-us.nina.az States_parties_to_the_Rome_Statute (Wikipedia copy, secondary): 28 June 2000, 1 July 2002"
}

state "Belize" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 April 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in dl1.en-us.nina.az States_parties_to_the_Rome_Statute (Wikipedia copy, secondary): 5 April 2000, 1 July 2002"
}

state "Benin" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 22 January 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 22 January 2002"
}

state "Bolivia" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 27 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 27 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 27 June 2002"
}

state "Bosnia and Herzegovina" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 11 April 2002"
}

state "Botswana" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 8 September 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 8 September 2000"
}

state "Brazil" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 20 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 20 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 20 June 2002"
}

state "Bulgaria" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 11 April 2002"
}

state "Burkina Faso" {
  party from 2004-07-01 "computed under art. 126(2) from deposit on 16 April 2004"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 16 April 2004 and entry into force 1 July 2004 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Cambodia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 11 April 2002"
}

state "Canada" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 7 July 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in api.parliament.uk Hansard written answer 8 July 2002 (UN status table): ratification 7 July 2000"
}

state "Cabo Verde" {
  party from 2012-01-01 "computed under art. 126(2) from deposit on 10 October 2011"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 10 October 2011 and entry into force 1 January 2012 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Central African Republic" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 3 October 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Chad" {
  party from 2007-01-01 "computed under art. 126(2) from deposit on 1 November 2006"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 1 November 2006 and entry into force 1 January 2007 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Chile" {
  party from 2009-09-01 "computed under art. 126(2) from deposit on 29 June 2009"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 29 June 2009 and entry into force 1 September 2009 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Comoros" {
  party from 2006-11-01 "computed under art. 126(2) from deposit on 18 August 2006"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 18 August 2006 and entry into force 1 November 2006 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Republic of the Congo" {
  party from 2004-08-01 "computed under art. 126(2) from deposit on 3 May 2004"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 3 May 2004 and entry into force 1 August 2004 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Cook Islands" {
  party from 2008-10-01 "computed under art. 126(2) from deposit on 18 July 2008"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 18 July 2008 and entry into force 1 October 2008 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Costa Rica" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 7 June 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Croatia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 21 May 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Cyprus" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 7 March 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Czech Republic" {
  party from 2009-10-01 "computed under art. 126(2) from deposit on 21 July 2009"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 21 July 2009 and entry into force 1 October 2009 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Denmark" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 21 June 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org (PGA, Western European and other States Parties): ratified 21 June 2001"
}

state "Djibouti" {
  party from 2003-02-01 "computed under art. 126(2) from deposit on 5 November 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 November 2002 and entry into force 1 February 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Dominica" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 February 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Dominican Republic" {
  party from 2005-08-01 "computed under art. 126(2) from deposit on 12 May 2005"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 May 2005 and entry into force 1 August 2005 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Ecuador" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 February 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Estonia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 30 January 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Fiji" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 29 November 1999 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Finland" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 29 December 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org (PGA, Western European and other States Parties): ratified 29 December 2000"
}

state "Gabon" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 20 September 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Gambia" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 28 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Georgia" {
  party from 2003-12-01 "computed under art. 126(2) from deposit on 5 September 2003"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 September 2003 and entry into force 1 December 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Germany" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 December 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org (PGA, Western European and other States Parties): ratified 11 December 2000"
}

state "Ghana" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 20 December 1999 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Greece" {
  party from 2002-08-01 "computed under art. 126(2) from deposit on 15 May 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 15 May 2002 and entry into force 1 August 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org (PGA, Western European and other States Parties): ratified 15 May 2002"
}

state "Guatemala" {
  party from 2012-07-01 "computed under art. 126(2) from deposit on 2 April 2012"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 2 April 2012 and entry into force 1 July 2012 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Guinea" {
  party from 2003-10-01 "computed under art. 126(2) from deposit on 14 July 2003"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 14 July 2003 and entry into force 1 October 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Guyana" {
  party from 2004-12-01 "computed under art. 126(2) from deposit on 24 September 2004"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 24 September 2004 and entry into force 1 December 2004 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Honduras" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 1 July 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 1 July 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Iceland" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 25 May 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org/ilhr/rome-statute/iceland.html: ratified 25 May 2000"
}

state "Ireland" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org (PGA, Western European and other States Parties): ratified 11 April 2002"
}

state "Italy" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 26 July 1999 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in pgaction.org (PGA, Western European and other States Parties): ratified 26 July 1999"
}

state "Japan" {
  party from 2007-10-01 "computed under art. 126(2) from deposit on 17 July 2007"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 17 July 2007 and entry into force 1 October 2007 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Jordan" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Kenya" {
  party from 2005-06-01 "computed under art. 126(2) from deposit on 15 March 2005"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 15 March 2005 and entry into force 1 June 2005 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Republic of Korea" {
  party from 2003-02-01 "computed under art. 126(2) from deposit on 13 November 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 13 November 2002 and entry into force 1 February 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Latvia" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 28 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Lesotho" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 6 September 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Liberia" {
  party from 2004-12-01 "computed under art. 126(2) from deposit on 22 September 2004"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 22 September 2004 and entry into force 1 December 2004 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Liechtenstein" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 2 October 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Lithuania" {
  party from 2003-08-01 "computed under art. 126(2) from deposit on 12 May 2003"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 May 2003 and entry into force 1 August 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Luxembourg" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 8 September 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "North Macedonia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 6 March 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Madagascar" {
  party from 2008-06-01 "computed under art. 126(2) from deposit on 14 March 2008"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 14 March 2008 and entry into force 1 June 2008 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Maldives" {
  party from 2011-12-01 "computed under art. 126(2) from deposit on 21 September 2011"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 21 September 2011 and entry into force 1 December 2011 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Mali" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 16 August 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Malta" {
  party from 2003-02-01 "computed under art. 126(2) from deposit on 29 November 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 29 November 2002 and entry into force 1 February 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Marshall Islands" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 7 December 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Mauritius" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 March 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Mexico" {
  party from 2006-01-01 "computed under art. 126(2) from deposit on 28 October 2005"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 October 2005 and entry into force 1 January 2006 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Moldova" {
  party from 2011-01-01 "computed under art. 126(2) from deposit on 12 October 2010"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 October 2010 and entry into force 1 January 2011 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Mongolia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Namibia" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 25 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 25 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Nauru" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 November 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Netherlands" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 17 July 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "New Zealand" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 7 September 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Niger" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Nigeria" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 27 September 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Norway" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 16 February 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Panama" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 21 March 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Paraguay" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 14 May 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Peru" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 10 November 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Poland" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 November 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Portugal" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 February 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Romania" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Saint Kitts and Nevis" {
  party from 2006-11-01 "computed under art. 126(2) from deposit on 22 August 2006"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 22 August 2006 and entry into force 1 November 2006 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Saint Lucia" {
  party from 2010-11-01 "computed under art. 126(2) from deposit on 18 August 2010"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 18 August 2010 and entry into force 1 November 2010 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Saint Vincent and the Grenadines" {
  party from 2003-03-01 "computed under art. 126(2) from deposit on 3 December 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 3 December 2002 and entry into force 1 March 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Samoa" {
  party from 2002-12-01 "computed under art. 126(2) from deposit on 16 September 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 16 September 2002 and entry into force 1 December 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "San Marino" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 13 May 1999 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Senegal" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 2 February 1999 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Serbia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 6 September 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Seychelles" {
  party from 2010-11-01 "computed under art. 126(2) from deposit on 10 August 2010"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 10 August 2010 and entry into force 1 November 2010 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Sierra Leone" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 15 September 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Slovakia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 11 April 2002 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Slovenia" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 31 December 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "South Africa" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 27 November 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Spain" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 24 October 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Suriname" {
  party from 2008-10-01 "computed under art. 126(2) from deposit on 15 July 2008"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 15 July 2008 and entry into force 1 October 2008 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Sweden" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 June 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Switzerland" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 12 October 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Tajikistan" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 5 May 2000 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Tanzania" {
  party from 2002-11-01 "computed under art. 126(2) from deposit on 20 August 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 20 August 2002 and entry into force 1 November 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in zaki.ru/pagesnew.php?id=59434&page=8 (copy of the UN depositary status table): ratification 20 Aug 2002"
}

state "Timor-Leste" {
  party from 2002-12-01 "computed under art. 126(2) from deposit on 6 September 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 6 September 2002 and entry into force 1 December 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date"
}

state "Trinidad and Tobago" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 6 April 1999 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in zaki.ru/pagesnew.php?id=59434&page=8 (copy of the UN depositary status table): ratification 6 Apr 1999"
}

state "Uganda" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 14 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 14 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in zaki.ru/pagesnew.php?id=59434&page=8 (copy of the UN depositary status table): ratification 14 Jun 2002"
}

state "United Kingdom" {
  party from 2002-07-01 "in force on 1 July 2002 under art. 126(1) (deposited on or before 11 April 2002, the day the 60th instrument was deposited)"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 4 October 2001 and entry into force 1 July 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in zaki.ru/pagesnew.php?id=59434&page=8 (copy of the UN depositary status table): ratification 4 Oct 2001"
}

state "Uruguay" {
  party from 2002-09-01 "computed under art. 126(2) from deposit on 28 June 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 28 June 2002 and entry into force 1 September 2002 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in zaki.ru/pagesnew.php?id=59434&page=8 (copy of the UN depositary status table): ratification 28 Jun 2002"
}

state "Zambia" {
  party from 2003-02-01 "computed under art. 126(2) from deposit on 13 November 2002"
  source "github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)"
  provenance "[V, secondary] deposit 13 November 2002 and entry into force 1 February 2003 as printed in the ABA ICC Project data; the entry into force agrees with art. 126 applied to the deposit date; deposit [V] also in zaki.ru/pagesnew.php?id=59434&page=8 (copy of the UN depositary status table): ratification 13 Nov 2002"
}

state "Algeria" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Angola" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Azerbaijan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Bahamas" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Bahrain" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Bhutan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Brunei" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Myanmar" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Cameroon" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "China" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Cuba" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Egypt" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Equatorial Guinea" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Eritrea" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Ethiopia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Guinea-Bissau" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Haiti" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "India" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Indonesia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Iran" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Iraq" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Israel" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Jamaica" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Kazakhstan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Democratic People's Republic of Korea" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Kuwait" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Kyrgyzstan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Laos" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Lebanon" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Libya" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Malaysia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Mauritania" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Micronesia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Monaco" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Morocco" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Mozambique" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Nepal" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Nicaragua" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Oman" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Pakistan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Palau" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Papua New Guinea" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Qatar" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Rwanda" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Sao Tome and Principe" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Saudi Arabia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Singapore" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Solomon Islands" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Somalia" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "South Sudan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Sri Lanka" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Sudan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Eswatini" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Syria" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Thailand" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Togo" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Tonga" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Turkey" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Turkmenistan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Tuvalu" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "United Arab Emirates" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "United States" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Uzbekistan" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Vietnam" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Yemen" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}

state "Zimbabwe" {
  checked 2025-06-02 "not a State Party as of the ICC's count of 125 States Parties (June 2025)"
  source "ABA ICC Project data (github.com/theNewDynamic/aba-icc, _data/state-parties-map.csv at commit 31b88a9 (American Bar Association ICC Project site data, January 2015)): not among its 122 States Parties of January 2015; nor among the States that became parties since (Palestine 2015, El Salvador 2016, Kiribati 2020, Armenia 2024, Ukraine 2025; see their records). 122 - 2 withdrawals (Burundi, Philippines) + 5 = 125, the number of States Parties the ICC gives in June 2025 (icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary)"
  provenance "[S] not a State Party (secondary data checked against the ICC's count); no art. 12(3) declaration is recorded in the sources read"
}
