# War crimes of unlawful deportation and transfer (arts. 8(2)(a)(vii) and 8(2)(b)(viii)).
# Element text: ICC Elements of Crimes, as recorded in shared/law/reference.md §1.1–1.2
# (provenance tags: [V] verbatim, [S] confirmed in substance, [M] from memory — verify).
# Art. 30 default mental elements are declared with `derived` (shown, not evaluated).

crime unlawful_deportation_transfer "War crime of unlawful deportation and transfer" {
  article "8(2)(a)(vii)-1"
  source "ICC Elements of Crimes, art. 8(2)(a)(vii)-1; Rome Statute art. 8(2)(a)(vii)"
  provenance "M; element 1 S: CMN elements-digest 8-2-a-vii-1/5; Statute V*"
  note "'Unlawful' is not an EoC element (EoC General Introduction, para. 6): lawfulness is tested under IHL (GC IV art. 49; AP I art. 78 for children). It is reported here as the implicit element `unlawful`, with the grounds IHL permits as its defeaters."
  note "Rome Statute art. 8(2)(a): Grave breaches of the Geneva Conventions of 12 August 1949, namely, any of the following acts against persons or property protected under the provisions of the relevant Geneva Convention: ... (vii) Unlawful deportation or transfer or unlawful confinement; [V*]"
  note "GC IV art. 49(2) allows total or partial evacuation only if the security of the population or imperative military reasons so demand; evacuees must be returned as soon as hostilities in the area have ceased and may not be moved outside the occupied territory unless that cannot be avoided for material reasons. AP I art. 78: no evacuation of children other than a State's own nationals to a foreign country, except temporarily for compelling reasons of health or medical treatment or (except in occupied territory) safety, with written consent of parents or guardians where they can be found. Consent given in a coercive environment, or by authorities on behalf of individuals, does not make a transfer lawful. [M; S: CMN 8-2-a-vii-1/5] These grounds are the defeaters of the element `unlawful`."

  element conduct material conduct
    "The perpetrator deported or transferred one or more persons to another State or to another location."
    requires transfer
    provenance "S: CMN elements-digest/art8/a/8-2-a-vii-1/5"
    note "Deportation is to another State, transfer to another location; both suffice. The intent need not be to displace permanently (Đorđević AJ para. 469)."
    note "The element is conduct with a consequence (the displacement). There must be no genuine choice: chambers treat the force requirement as for deportation as a crime against humanity (Karadžić TJ para. 489) [M; S: CMN 7-1-d/3]."
  derived conduct_intent for conduct
    "The perpetrator meant to engage in the conduct: to deport or transfer the person or persons."
    source "Rome Statute art. 30(2)(a)"
  derived displacement_intent for conduct
    "The perpetrator meant to cause the displacement, or was aware that it would occur in the ordinary course of events."
    source "Rome Statute art. 30(2)(b)"
    note "Not dolus eventualis or recklessness: 'will occur in the ordinary course of events' needs near-certainty (Lubanga TJ; Bemba confirmation decision) [M]."

  element protected material circumstance
    "Such person or persons were protected under one or more of the Geneva Conventions of 1949."
    requires occupation(territory == conduct.origin_territory, during conduct.date) as occ and group(id == conduct.persons, civilian == true, nationals_of != occ.occupier)
    provenance "M"
    mental "explicit: element protected_awareness"
    note "The removal must fall inside the occupation's period (`during`): before the occupation began, or after the territory's liberation, its victims are not in the hands of an Occupying Power on this ground. An undated removal, or an occupation without `since`, is reported as such, never assumed."
    note "GC IV art. 4: persons who find themselves, in case of occupation, in the hands of an Occupying Power of which they are not nationals. Shown here by civilians, not nationals of the occupier, taken from occupied territory."

  element protected_awareness mental
    "The perpetrator was aware of the factual circumstances that established that protected status."
    requires mental_state(person == perpetrator, state == "knew", about == "protected_status", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "M"
    footnote "This mental element recognizes the interplay between articles 30 and 32. This footnote also applies to the corresponding element in each crime under article 8 (2) (a), and to the element in each crime under article 8 (2) (b) concerning the awareness of factual circumstances that establish the status of persons or property protected under the relevant international law of armed conflict."
    footnote "With respect to nationality, it is understood that the perpetrator needs only to know that the victim belonged to an adverse party to the conflict. This footnote also applies to the corresponding element in each crime under article 8 (2) (a)."
    note "Footnote on nationality: S: CMN Means of Proof Digest, quoting Dörmann (2003) p. 21, where the word is 'accused'; 'perpetrator' as recalled for the official text [M]. Footnote on arts. 30 and 32: M. Knowledge of facts only; no legal evaluation needed."

  element unlawful material circumstance
    "The deportation or transfer was not justified by a ground that international humanitarian law permits (implicit: 'unlawful' deportation or transfer, art. 8(2)(a)(vii))."
    requires transfer(id == conduct.id)
    unless transfer(id == conduct.id, purpose == "evacuation_from_danger") and security_situation(territory == conduct.origin_territory, danger_to_civilians == true) and return(regarding == conduct.id)
    unless transfer(id == conduct.id, purpose == "military_operations") and security_situation(territory == conduct.origin_territory, hostilities == true) and return(regarding == conduct.id)
    unless transfer(id == conduct.id, purpose == "medical_treatment") and group(id == conduct.persons, under_18 == true) and consent(regarding == conduct.id, given_by == "parents_or_guardians", written == true, free == true) and return(regarding == conduct.id) and not coercion(regarding == conduct.id)
    unless consent(regarding == conduct.id, given_by == "persons_concerned", free == true) and not coercion(regarding == conduct.id)
    provenance "implicit: not an EoC element ('unlawful' is tested under IHL: EoC General Introduction, para. 6 [M]); grounds from GC IV art. 49(2) and AP I art. 78 as summarised in shared/law/reference.md §1.1 [M]"
    note "An implicit circumstance, reported with its own status so that the lawfulness of the removal is visible. GC IV art. 49(1) prohibits forcible transfers and deportations of protected persons from occupied territory 'regardless of their motive'; art. 49(2) allows an evacuation only if the security of the population or imperative military reasons so demand, and evacuees must be brought back as soon as hostilities in the area have ceased. AP I art. 78: no evacuation of children other than a State's own nationals to a foreign country, except temporarily for compelling reasons of health or medical treatment (or, except in occupied territory, safety), with the written consent of parents or guardians where they can be found [M, reference §1.1]."
    note "Defeaters (`unless`): an evacuation for the population's security (purpose evacuation_from_danger, civilians in danger where they were taken from, and brought back); one for imperative military reasons (purpose military_operations, hostilities there, and brought back); a temporary medical evacuation of children (purpose medical_treatment, written and free consent of parents or guardians, no coercion, brought back). A ground shown by credible evidence (C3 or better) that nothing credible contradicts defeats the element; a ground so shown but credibly contradicted leaves it contested. Grounds are weighed at this one threshold at every standard of proof, so a stricter standard never makes a ground disappear."
    note "Consent given in a coercive environment, or by authorities on behalf of the persons, does not make a transfer lawful (reference §1.1, citing CMN 8-2-a-vii-1/5): a consent counts only if given by the parents or guardians (or the persons themselves), freely, and with no coercion bearing on the transfer."
    unsettled "Not encoded: the 49(2) limit that evacuees may not be moved outside the occupied territory unless that cannot be avoided for material reasons, and AP I art. 78's 'safety' ground outside occupied territory; whether the evacuation was in fact 'temporary' is shown only by a `return` fact."
    note "A further defeater here: the persons concerned consented freely and no coercion bore on the transfer, so they had a genuine choice (there must be no genuine choice: Karadžić TJ para. 489, as for deportation as a crime against humanity [M; S: CMN 7-1-d/3])."

  use international_armed_conflict
}

crime transfer_of_population "War crime of the transfer, directly or indirectly, by the Occupying Power of parts of its own civilian population into the territory it occupies, or the deportation or transfer of all or parts of the population of the occupied territory within or outside this territory" {
  article "8(2)(b)(viii)"
  source "ICC Elements of Crimes, art. 8(2)(b)(viii); Rome Statute art. 8(2)(b)(viii)"
  provenance "M for layout; wording S: CMN elements-digest/art8/b/8-2-b-viii; Statute V*"
  note "No protected-person element: the victims are the population of the occupied territory. The ICC relied on this article for children in the Putin and Lvova-Belova warrants (17 March 2023)."
  note "Rome Statute art. 8(2)(b): Other serious violations of the laws and customs applicable in international armed conflict, within the established framework of international law, namely, any of the following acts: ... (viii) The transfer, directly or indirectly, by the Occupying Power of parts of its own civilian population into the territory it occupies, or the deportation or transfer of all or parts of the population of the occupied territory within or outside this territory; [V*]"
  note "'All or parts of' the population: a single child or a group of children suffices in practice. 'Outside this territory' covers removal to the Occupying Power's own territory or to a third State."

  element conduct material conduct
    "The perpetrator: (a) Transferred, directly or indirectly, parts of its own population into the territory it occupies; or (b) Deported or transferred all or parts of the population of the occupied territory within or outside this territory."
    when occupied_transfer_actor == any_person
    requires transfer as t and occupation(territory == t.origin_territory, during t.date)
          or transfer as t and occupation(territory == t.destination_territory, during t.date) as occ and group(id == t.persons, nationals_of == occ.occupier) and (organisation(id == t.by, state == occ.occupier) or position(holder == t.by, state == occ.occupier) or contribution(to == t.id) as c and organisation(id == c.by, state == occ.occupier) or contribution(to == t.id) as c and position(holder == c.by, state == occ.occupier))
    provenance "S: CMN elements-digest/art8/b/8-2-b-viii"
    footnote "The term 'transfer' needs to be interpreted in accordance with the relevant provisions of international humanitarian law. [M]"
    unsettled "Limb (b) has no express actor requirement in the EoC; whether officials of a State that is not the Occupying Power can be principal perpetrators of limb (b), or only accessories, has not been decided."
    note "Limb (b): a transfer from an occupied territory, within or outside it, by anyone (this reading). Limb (a): a transfer of nationals of the Occupying Power into the territory it occupies, carried out by its organs or officials, or indirectly, with their contribution (incentives, financing, organisation). 'Directly or indirectly' reaches incentives and facilitation, not only forcible moves [M, IHL commentary]."
    note "The territory must be occupied: 'actually placed under the authority of the hostile army' (art. 42 Hague Regulations 1907) — an implicit circumstance."

  element conduct material conduct
    "The perpetrator: (a) Transferred, directly or indirectly, parts of its own population into the territory it occupies; or (b) Deported or transferred all or parts of the population of the occupied territory within or outside this territory."
    when occupied_transfer_actor == occupying_power_only
    requires transfer as t and occupation(territory == t.origin_territory, during t.date) as occ and (organisation(id == t.by, state == occ.occupier) or position(holder == t.by, state == occ.occupier) or contribution(to == t.id) as c and organisation(id == c.by, state == occ.occupier) or contribution(to == t.id) as c and position(holder == c.by, state == occ.occupier))
          or transfer as t and occupation(territory == t.destination_territory, during t.date) as occ and group(id == t.persons, nationals_of == occ.occupier) and (organisation(id == t.by, state == occ.occupier) or position(holder == t.by, state == occ.occupier) or contribution(to == t.id) as c and organisation(id == c.by, state == occ.occupier) or contribution(to == t.id) as c and position(holder == c.by, state == occ.occupier))
    provenance "S: CMN elements-digest/art8/b/8-2-b-viii"
    footnote "The term 'transfer' needs to be interpreted in accordance with the relevant provisions of international humanitarian law. [M]"
    unsettled "Limb (b) has no express actor requirement in the EoC; whether officials of a State that is not the Occupying Power can be principal perpetrators of limb (b), or only accessories, has not been decided."
    note "This reading: both limbs need the Occupying Power — the transfer was carried out by its organs or officials, or with their contribution. Others who take part are then accessories (arts. 25(3)(c), (d))."

  derived conduct_intent for conduct
    "The perpetrator meant to engage in the conduct: to transfer (limb (a)), or to deport or transfer (limb (b)), the persons concerned."
    source "Rome Statute art. 30(2)(a)"
  derived displacement_intent for conduct
    "The perpetrator meant to cause the displacement, or was aware that it would occur in the ordinary course of events."
    source "Rome Statute art. 30(2)(b)"
  derived occupation_knowledge for conduct
    "The perpetrator was aware of the factual circumstances that established the occupation of the territory."
    source "Rome Statute art. 30(3)"

  element unlawful material circumstance
    "The deportation or transfer was not justified by a ground that international humanitarian law permits (implicit: limb (b); GC IV art. 49)."
    requires transfer(id == conduct.id)
    unless transfer(id == conduct.id, purpose == "evacuation_from_danger") and security_situation(territory == conduct.origin_territory, danger_to_civilians == true) and return(regarding == conduct.id)
    unless transfer(id == conduct.id, purpose == "military_operations") and security_situation(territory == conduct.origin_territory, hostilities == true) and return(regarding == conduct.id)
    unless transfer(id == conduct.id, purpose == "medical_treatment") and group(id == conduct.persons, under_18 == true) and consent(regarding == conduct.id, given_by == "parents_or_guardians", written == true, free == true) and return(regarding == conduct.id) and not coercion(regarding == conduct.id)
    provenance "implicit: not an EoC element ('unlawful' is tested under IHL: EoC General Introduction, para. 6 [M]); grounds from GC IV art. 49(2) and AP I art. 78 as summarised in shared/law/reference.md §1.1 [M]"
    note "An implicit circumstance, reported with its own status so that the lawfulness of the removal is visible. GC IV art. 49(1) prohibits forcible transfers and deportations of protected persons from occupied territory 'regardless of their motive'; art. 49(2) allows an evacuation only if the security of the population or imperative military reasons so demand, and evacuees must be brought back as soon as hostilities in the area have ceased. AP I art. 78: no evacuation of children other than a State's own nationals to a foreign country, except temporarily for compelling reasons of health or medical treatment (or, except in occupied territory, safety), with the written consent of parents or guardians where they can be found [M, reference §1.1]."
    note "Defeaters (`unless`): an evacuation for the population's security (purpose evacuation_from_danger, civilians in danger where they were taken from, and brought back); one for imperative military reasons (purpose military_operations, hostilities there, and brought back); a temporary medical evacuation of children (purpose medical_treatment, written and free consent of parents or guardians, no coercion, brought back). A ground shown by credible evidence (C3 or better) that nothing credible contradicts defeats the element; a ground so shown but credibly contradicted leaves it contested. Grounds are weighed at this one threshold at every standard of proof, so a stricter standard never makes a ground disappear."
    note "Consent given in a coercive environment, or by authorities on behalf of the persons, does not make a transfer lawful (reference §1.1, citing CMN 8-2-a-vii-1/5): a consent counts only if given by the parents or guardians (or the persons themselves), freely, and with no coercion bearing on the transfer."
    unsettled "Not encoded: the 49(2) limit that evacuees may not be moved outside the occupied territory unless that cannot be avoided for material reasons, and AP I art. 78's 'safety' ground outside occupied territory; whether the evacuation was in fact 'temporary' is shown only by a `return` fact."
    unsettled "The genuine-choice defeater of 8(2)(a)(vii)-1 is not applied here: limb (a) reaches transfers of the Occupying Power's own population 'directly or indirectly', including settlement induced by incentives, where the settlers' consent is no defence."

  use international_armed_conflict
}
