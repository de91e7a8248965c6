# War crimes of unlawful deportation and transfer (arts. 8(2)(a)(vii) and 8(2)(b)(viii)).
# Element text: ICC Elements of Crimes, as recorded in shared/law/reference.md §1.1–1.2
# (provenance tags: [V] verbatim, [S] confirmed in substance, [M] from memory — verify).

crime unlawful_deportation_transfer "War crime of unlawful deportation and transfer" {
  article "8(2)(a)(vii)-1"
  source "ICC Elements of Crimes, art. 8(2)(a)(vii)-1; Rome Statute art. 8(2)(a)(vii)"
  provenance "M; element 1 S: CMN elements-digest 8-2-a-vii-1/5"
  note "'Unlawful' is not an element (EoC General Introduction, para. 6): lawfulness is tested under IHL (GC IV art. 49; AP I art. 78 for children)."

  element conduct material conduct
    "The perpetrator deported or transferred one or more persons to another State or to another location."
    requires transfer
    provenance "S: CMN elements-digest/art8/a/8-2-a-vii-1/5"
    note "Deportation is to another State, transfer to another location; both suffice. The intent need not be to displace permanently (Đorđević AJ para. 469)."

  element protected material circumstance
    "Such person or persons were protected under one or more of the Geneva Conventions of 1949."
    requires occupation(territory == conduct.origin_territory) as occ and group(id == conduct.persons, civilian == true, nationality != occ.occupier)
    provenance "M"
    note "GC IV art. 4: persons who find themselves, in case of occupation, in the hands of an Occupying Power of which they are not nationals. Shown here by civilians, not nationals of the occupier, taken from occupied territory."

  element protected_awareness mental
    "The perpetrator was aware of the factual circumstances that established that protected status."
    requires mental_state(person == conduct.by, state == "knew", about == "protected_status")
    provenance "M"
    footnote "With respect to nationality, it is understood that the perpetrator needs only to know that the victim belonged to an adverse party to the conflict."

  use international_armed_conflict
}

crime transfer_of_population "War crime of the transfer, directly or indirectly, by the Occupying Power of parts of its own civilian population into the territory it occupies, or the deportation or transfer of all or parts of the population of the occupied territory within or outside this territory" {
  article "8(2)(b)(viii)"
  source "ICC Elements of Crimes, art. 8(2)(b)(viii); Rome Statute art. 8(2)(b)(viii)"
  provenance "M for layout; wording S: CMN elements-digest/art8/b/8-2-b-viii"
  note "No protected-person element: the victims are the population of the occupied territory. The ICC relied on this article for children in the Putin and Lvova-Belova warrants (17 March 2023)."

  element conduct material conduct
    "The perpetrator: (a) Transferred, directly or indirectly, parts of its own population into the territory it occupies; or (b) Deported or transferred all or parts of the population of the occupied territory within or outside this territory."
    requires transfer as t and occupation(territory == t.origin_territory)
    footnote "The term 'transfer' needs to be interpreted in accordance with the relevant provisions of international humanitarian law. [M]"
    unsettled "Limb (b) has no express actor requirement in the EoC; whether officials of a State that is not the Occupying Power can be principal perpetrators of limb (b), or only accessories, has not been decided."
    note "Encoded here: limb (b), removal of the population of an occupied territory within or outside it. Limb (a) (settlement of the occupier's own population) needs facts this library does not yet declare."

  use international_armed_conflict
}
