# Unsettled law, as options. Each element that applies only under one reading says so with
# `when option == choice`, and defeaters and notes that apply only under one reading sit in a
# block `when option == choice { ... }`; the report names the option, the choice in force and
# whether it is the default. Choose another reading with the CLI's option flag. Source: shared/law/reference.md
# §§1.2, 2.7, 2.8, 2.10, 9.2, 9.3 and §8 item 4 ("make them configurable and flag them in the
# output").

option superior_causation "Causation under article 28: crimes committed 'as a result of' the failure to exercise control properly" {
  choice none "No causal link between the failure to exercise control and the crimes needs to be shown."
  choice risk_increase "It suffices that the failure increased the risk that the crimes would be committed; no 'but for' test (Bemba PTC, 15 Jun 2009)."
  choice high_probability "Proper control would with high probability have prevented the crimes (an intermediate standard)."
  choice but_for "The crimes would not have been committed, or not in the same manner, had control been exercised properly (the test on which the Bemba TC, 21 Mar 2016, found causation 'clearly satisfied')."
  default risk_increase
  source "Rome Statute art. 28(a) and (b) ('as a result of his or her failure to exercise control properly'); Bemba Confirmation (PTC II, 15 Jun 2009); Bemba TJ (TC III, 21 Mar 2016, recalled as para. 213); Bemba AJ (8 Jun 2018)"
  provenance "M; the split is confirmed in substance: S: UNSW Law Journal Student Series 2021 (Sebesfi); jamesgstewart.com (Weigend)"
  unsettled "The Bemba PTC (2009) held that it suffices that the omission increased the risk of the crimes. The Bemba TC (2016) found it unnecessary to set a definitive standard: causation is 'clearly satisfied' if the crimes would not have been committed, in the circumstances in which they were, had the commander exercised control properly, or would not have been committed in the same manner. The Appeals Chamber (8 Jun 2018, 3:2) acquitted without resolving causation; in separate opinions Judges Van den Wyngaert and Morrison and Judge Eboe-Osuji (majority), and Judges Monageng and Hofmański (dissent), took diverging views, including on whether a causal nexus is required and on its standard."
}

option common_purpose_threshold "Contribution threshold under article 25(3)(d)" {
  choice any "Any contribution suffices ('in any other way contributes')."
  choice significant "The contribution must be at least significant: one that influences the occurrence or the manner of commission of the crime (Mbarushimana PTC, 16 Dec 2011; Katanga TJ, 7 Mar 2014)."
  default significant
  source "Rome Statute art. 25(3)(d); Mbarushimana Confirmation (PTC I, 16 Dec 2011); Katanga TJ (TC II, 7 Mar 2014); Mbarushimana AJ (30 May 2012)"
  provenance "M"
  unsettled "The Mbarushimana Pre-Trial Chamber required an at least significant contribution, not any contribution; the Katanga Trial Chamber also called it significant. The Appeals Chamber (Mbarushimana, 30 May 2012) did not settle the 'significant contribution' threshold."
}

option aiding_threshold "Minimum threshold for aiding, abetting or otherwise assisting under article 25(3)(c)" {
  choice none "No minimum threshold: the assistance must have furthered, advanced or facilitated the commission, and need not be a conditio sine qua non (Bemba et al. TJ, paras. 90–94)."
  choice substantial "The assistance must have had a substantial effect on the commission of the crime (the ad hoc tribunals' test; dicta in Lubanga and Mbarushimana)."
  default none
  source "Rome Statute art. 25(3)(c); Bemba et al. TJ (TC VII, ICC-01/05-01/13-1989-Red, 19 Oct 2016), paras. 90–94; Bemba et al. AJ (8 Mar 2018)"
  provenance "S: Yale Law School summary of the Bemba et al. TJ with paragraph numbers; AJ S in substance: International Criminal Law Review 2020"
  unsettled "The Bemba et al. Trial Chamber required no minimum threshold ('substantial' or 'significant'), unlike the ad hoc tribunals' 'substantial effect' test and the Lubanga and Mbarushimana dicta. The Bemba et al. Appeals Chamber (8 Mar 2018) left open whether a minimum contribution threshold exists."
}

option occupied_transfer_actor "Who can commit article 8(2)(b)(viii) limb (b): the deportation or transfer of the population of an occupied territory" {
  choice any_person "Any person: limb (b) of the Elements has no express actor requirement (only limb (a) names the Occupying Power)."
  choice occupying_power_only "Only the Occupying Power: the transfer must be carried out by its organs or officials, or with their contribution; officials of other States can only be accessories."
  default any_person
  source "Rome Statute art. 8(2)(b)(viii); ICC Elements of Crimes, art. 8(2)(b)(viii)"
  provenance "analysis, not law (shared/law/reference.md §1.2)"
  unsettled "The Statute attaches 'by the Occupying Power' to limb (a). Limb (b) in the Elements of Crimes has no express actor requirement. Whether officials of a non-occupying State (e.g. Belarusian officials receiving children) can be principal perpetrators of limb (b), or only accessories (arts. 25(3)(c)/(d)), has not been decided. Flagged, not decided: the default follows the text of the Elements."
}

option protected_persons "Who is a protected person under GC IV art. 4: nationality, or allegiance" {
  choice nationality "The formal bond of nationality: persons in the hands of a party to the conflict or an Occupying Power of which they are not nationals (GC IV art. 4(1), as written)."
  choice allegiance "Allegiance: where the evidence shows that persons owe allegiance to a State other than that of their nationality (ethnic allegiance, refugees), and lack its diplomatic protection, allegiance decides (Tadić AJ, IT-94-1-A, 15 July 1999, paras 164–166)."
  default nationality
  source "GC IV art. 4(1) and (2); ICTY Appeals Chamber, Prosecutor v. Tadić, IT-94-1-A, Judgment of 15 July 1999, paras 164–166"
  provenance "GC IV art. 4 V; Tadić S (shared/law/reference.md §9.2): an option, not the default"
  unsettled "The Tadić Appeals Chamber read art. 4 by its object and purpose: in modern inter-ethnic conflicts allegiance to a party, and the lack of diplomatic protection, may be more decisive than the formal bond of nationality (refugees; ethnic allegiance). The Convention's text speaks of nationality. Flagged, not decided: the default follows the text of GC IV art. 4."
}

option evacuation_return "When a return is due after an evacuation (GC IV art. 49(2)): as soon as hostilities in the area have ceased, or once the area has been quiet for a substantial period" {
  choice hostilities_ceased "As soon as hostilities in the area in question have ceased (GC IV art. 49(2), as written): once the hostilities that justified the evacuation are recorded as ended (their `until`), or a later quiet of the place is recorded, an evacuation whose persons were not brought back (`return`) is unlawful, however recent the quiet."
  choice lasting_quiet "Only once the area has been quiet for a substantial period (an area 'quiet for months', reference §9.3): a return is shown to be due only by a quiet of the place since the removal that the evidence shows has lasted (`lasting` on a `security_situation` with hostilities false); hostilities recorded as ended, or a quiet not shown to have lasted, leave no return yet due."
  default hostilities_ceased
  source "GC IV art. 49(2): evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\""
  provenance "GC IV art. 49(2) V (shared/law/reference.md §1.1 and §9.3); the two readings are analysis, not law"
  unsettled "Reference §9.3: 'a return is due only once hostilities there have ceased: an evacuation whose area is still under fire is not unlawful for want of a return; one whose area has been quiet for months without a return is.' Between the two — an area quiet for days or weeks — the reference does not say how soon after the area is quiet the return must come, and gives no number of days. Flagged, not decided: the default follows the treaty's words ('as soon as hostilities in the area in question have ceased'); the other reading asks the evidence to show that the quiet has lasted, as in the reference's 'quiet for months'."
}

option settler_consent "Whether the persons' own genuine choice leaves no transfer under limb (a) of article 8(2)(b)(viii): the transfer, directly or indirectly, by the Occupying Power of parts of its own civilian population into the territory it occupies" {
  choice no_transfer "A genuine choice to leave (no coercion, consent of the persons themselves) means there is no 'deportation or transfer' under either limb of 8(2)(b)(viii) (reference §9.3 [S: Karadžić TJ para. 489, via CMN])."
  choice indirect_transfer "Under limb (a), 'directly or indirectly' reaches incentives and facilitation, not only forcible moves (reference §1.2 [M, IHL commentary]): the Occupying Power's nationals who chose to move into the territory it occupies are still transferred by it, so their consent is no defence under limb (a); it still defeats limb (b)."
  default no_transfer
  source "Rome Statute art. 8(2)(b)(viii); reference §9.3 (Karadžić TJ para. 489, via CMN) and §1.2 (IHL commentary on 'directly or indirectly')"
  provenance "§9.3 S; §1.2 M; the conflict between them is analysis, not law"
  unsettled "Reference §9.3: 'A genuine choice to leave (no coercion, consent of the persons themselves) means there is no \"deportation or transfer\" under 7(1)(d), 8(2)(a)(vii) and either limb of 8(2)(b)(viii) [S: Karadžić TJ para. 489, via CMN].' Reference §1.2: '\"Directly or indirectly\" (in limb (a)) reaches incentives and facilitation, not only forcible moves [M, IHL commentary].' A settler's move induced by incentives is the settler's own choice; read together, the two passages conflict for limb (a). Flagged, not decided: the default follows §9.3 as it states the rule."
}
