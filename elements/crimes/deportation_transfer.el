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
    when protected_persons == nationality
    requires occupation(territory == conduct.origin_territory, during conduct.date) as occ and group(id == conduct.persons, civilian == true, nationals_of != occ.occupier)
          or custody(persons == conduct.persons, during conduct.date) as h and group(id == conduct.persons, civilian == true, nationals_of != h.party)
    unless group(id == conduct.persons) as g and treaty_status(state == g.nationals_of, bound == false, during conduct.date)
    unless occupation(territory == conduct.origin_territory, during conduct.date) as occ and group(id == conduct.persons) as g and state_relation(state == g.nationals_of, towards == occ.occupier, relation == "co_belligerent", normal_diplomatic_representation == true, during conduct.date)
    unless custody(persons == conduct.persons, during conduct.date) as h and group(id == conduct.persons) as g and state_relation(state == g.nationals_of, towards == h.party, relation == "co_belligerent", normal_diplomatic_representation == true, during conduct.date)
    unless custody(persons == conduct.persons, own_territory == true, during conduct.date) as h and group(id == conduct.persons) as g and state_relation(state == g.nationals_of, towards == h.party, relation == "neutral", normal_diplomatic_representation == true, during conduct.date)
    provenance "GC IV art. 4 V (shared/law/reference.md §9.2, via the ICRC Commentary and a military manual quoting it); 'in the hands of' beyond occupation M; EoC element M"
    mental "explicit: element protected_awareness"
    footnote "GC IV art. 4(1): protected persons are \"those who, at a given moment and in any manner whatsoever, find themselves, in case of a conflict or occupation, in the hands of a Party to the conflict or Occupying Power of which they are not nationals.\" [V]"
    footnote "GC IV art. 4(2): \"Nationals of a State which is not bound by the Convention are not protected by it. Nationals of a neutral State who find themselves in the territory of a belligerent State, and nationals of a co-belligerent State, shall not be regarded as protected persons while the State of which they are nationals has normal diplomatic representation in the State in whose hands they are.\" [V]"
    note "In the hands of: civilians taken from territory under occupation at the removal's date are in the hands of the Occupying Power (`occupation`); beyond occupation, persons in the power of a party in any manner whatsoever — a raid, a checkpoint, detention, its own territory (`custody`, dated) [M, reference §9.2]. Not nationals of that State: `nationals_of` differs from the occupier or the party (nationals of the Occupying Power are not protected by GC IV). The removal must fall inside the occupation's or the custody's period: an undated removal, or a period without `since`, is reported as such, never assumed."
    note "Defeaters (`unless`), GC IV art. 4(2): the persons are nationals of a State not bound by the Convention (`treaty_status`, bound false, at the removal's date); nationals of a co-belligerent of the State in whose hands they are, while their State has normal diplomatic representation there (`state_relation`); nationals of a neutral State in that belligerent's own territory (`custody` with own_territory true), while their State has normal diplomatic representation there. Nationals of a neutral State in occupied territory ARE protected: no defeater reads a neutral State's relation to an Occupying Power for persons taken from occupied territory. Shown by credible evidence (C3 or better) that nothing credible contradicts, a defeater defeats the element, and the report names the facts; credibly contradicted, it leaves the element contested."
    unsettled "A defeater defeats the element as a whole: should the persons be in the hands of two States at once (an Occupying Power that is their co-belligerent, and another party), the co-belligerent's defeater defeats the protection the other party's custody would give. Check such cases by hand."

  element protected material circumstance
    "Such person or persons were protected under one or more of the Geneva Conventions of 1949."
    when protected_persons == allegiance
    requires occupation(territory == conduct.origin_territory, during conduct.date) as occ and group(id == conduct.persons, civilian == true, allegiance != occ.occupier)
          or occupation(territory == conduct.origin_territory, during conduct.date) as occ and group(id == conduct.persons, civilian == true, nationals_of != occ.occupier) and not group(id == conduct.persons, allegiance == occ.occupier)
          or custody(persons == conduct.persons, during conduct.date) as h and group(id == conduct.persons, civilian == true, allegiance != h.party)
          or custody(persons == conduct.persons, during conduct.date) as h and group(id == conduct.persons, civilian == true, nationals_of != h.party) and not group(id == conduct.persons, allegiance == h.party)
    unless group(id == conduct.persons) as g and treaty_status(state == g.nationals_of, bound == false, during conduct.date)
    unless occupation(territory == conduct.origin_territory, during conduct.date) as occ and group(id == conduct.persons) as g and state_relation(state == g.nationals_of, towards == occ.occupier, relation == "co_belligerent", normal_diplomatic_representation == true, during conduct.date)
    unless custody(persons == conduct.persons, during conduct.date) as h and group(id == conduct.persons) as g and state_relation(state == g.nationals_of, towards == h.party, relation == "co_belligerent", normal_diplomatic_representation == true, during conduct.date)
    unless custody(persons == conduct.persons, own_territory == true, during conduct.date) as h and group(id == conduct.persons) as g and state_relation(state == g.nationals_of, towards == h.party, relation == "neutral", normal_diplomatic_representation == true, during conduct.date)
    provenance "GC IV art. 4 V (shared/law/reference.md §9.2, via the ICRC Commentary and a military manual quoting it); 'in the hands of' beyond occupation M; EoC element M"
    mental "explicit: element protected_awareness"
    footnote "GC IV art. 4(1): protected persons are \"those who, at a given moment and in any manner whatsoever, find themselves, in case of a conflict or occupation, in the hands of a Party to the conflict or Occupying Power of which they are not nationals.\" [V]"
    footnote "GC IV art. 4(2): \"Nationals of a State which is not bound by the Convention are not protected by it. Nationals of a neutral State who find themselves in the territory of a belligerent State, and nationals of a co-belligerent State, shall not be regarded as protected persons while the State of which they are nationals has normal diplomatic representation in the State in whose hands they are.\" [V]"
    note "In the hands of: civilians taken from territory under occupation at the removal's date are in the hands of the Occupying Power (`occupation`); beyond occupation, persons in the power of a party in any manner whatsoever — a raid, a checkpoint, detention, its own territory (`custody`, dated) [M, reference §9.2]. Not nationals of that State: `nationals_of` differs from the occupier or the party (nationals of the Occupying Power are not protected by GC IV). The removal must fall inside the occupation's or the custody's period: an undated removal, or a period without `since`, is reported as such, never assumed."
    note "Defeaters (`unless`), GC IV art. 4(2): the persons are nationals of a State not bound by the Convention (`treaty_status`, bound false, at the removal's date); nationals of a co-belligerent of the State in whose hands they are, while their State has normal diplomatic representation there (`state_relation`); nationals of a neutral State in that belligerent's own territory (`custody` with own_territory true), while their State has normal diplomatic representation there. Nationals of a neutral State in occupied territory ARE protected: no defeater reads a neutral State's relation to an Occupying Power for persons taken from occupied territory. Shown by credible evidence (C3 or better) that nothing credible contradicts, a defeater defeats the element, and the report names the facts; credibly contradicted, it leaves the element contested."
    unsettled "A defeater defeats the element as a whole: should the persons be in the hands of two States at once (an Occupying Power that is their co-belligerent, and another party), the co-belligerent's defeater defeats the protection the other party's custody would give. Check such cases by hand."
    note "This reading (option protected_persons = allegiance, Tadić AJ, IT-94-1-A, 15 July 1999, paras 164–166 [S, reference §9.2]): allegiance, and the lack of diplomatic protection, can matter more than the formal bond of nationality. Where the evidence gives the persons' `allegiance`, they are protected when it is not to the State in whose hands they are, whatever their nationality, and not protected when it is; where it does not, nationality decides."

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
    when evacuation_return == hostilities_ceased {
      unless (transfer(id == conduct.id, purpose == "evacuation_from_danger", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, danger_to_civilians == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, danger_to_civilians == true, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin, hostilities == false, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin_territory, hostilities == false, since > conduct.date))
    }
    when evacuation_return == lasting_quiet {
      unless (transfer(id == conduct.id, purpose == "evacuation_from_danger", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, danger_to_civilians == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, danger_to_civilians == true, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin, hostilities == false, lasting == true, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin_territory, hostilities == false, lasting == true, since > conduct.date))
    }
    when evacuation_return == hostilities_ceased {
      unless (transfer(id == conduct.id, purpose == "military_operations", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "military_operations") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "military_operations", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, hostilities == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin, hostilities == false, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin_territory, hostilities == false, since > conduct.date))
    }
    when evacuation_return == lasting_quiet {
      unless (transfer(id == conduct.id, purpose == "military_operations", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "military_operations") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "military_operations", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, hostilities == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin, hostilities == false, lasting == true, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin_territory, hostilities == false, lasting == true, since > conduct.date))
    }
    unless transfer(id == conduct.id, purpose == "medical_treatment") and group(id == conduct.persons, under_18 == true) and consent(regarding == conduct.id, given_by == "parents_or_guardians", written == true, free == true) and return(regarding == conduct.id) and not coercion(regarding == conduct.id)
    unless consent(regarding == conduct.id, given_by == "persons_concerned", free == true) and not coercion(regarding == conduct.id)
    provenance "implicit: not an EoC element ('unlawful' is tested under IHL: EoC General Introduction, para. 6 [M]); grounds from GC IV art. 49(2) and AP I art. 78 as summarised in shared/law/reference.md §1.1 [M]"
    note "An implicit circumstance, reported with its own status so that the lawfulness of the removal is visible. GC IV art. 49(1) prohibits forcible transfers and deportations of protected persons from occupied territory 'regardless of their motive'; art. 49(2) allows an evacuation only if the security of the population or imperative military reasons so demand, and evacuees must be brought back as soon as hostilities in the area have ceased. AP I art. 78: no evacuation of children other than a State's own nationals to a foreign country, except temporarily for compelling reasons of health or medical treatment (or, except in occupied territory, safety), with the written consent of parents or guardians where they can be found [M, reference §1.1]."
    note "Defeaters (`unless`): an evacuation for the population's security (purpose evacuation_from_danger, civilians in danger where they were taken from, and brought back); one for imperative military reasons (purpose military_operations, hostilities there, and brought back); a temporary medical evacuation of children (purpose medical_treatment, written and free consent of parents or guardians, no coercion, brought back). A ground shown by credible evidence (C3 or better) that nothing credible contradicts defeats the element; a ground so shown but credibly contradicted leaves it contested. Grounds are weighed at this one threshold at every standard of proof, so a stricter standard never makes a ground disappear."
    note "Consent given in a coercive environment, or by authorities on behalf of the persons, does not make a transfer lawful (reference §1.1, citing CMN 8-2-a-vii-1/5): a consent counts only if given by the parents or guardians (or the persons themselves), freely, and with no coercion bearing on the transfer."
    when evacuation_return == hostilities_ceased {
      note "GC IV art. 49(2), three conditions, each of which decides [V in reference §1.1; §9.3]: (1) the security of the population or imperative military reasons demand the evacuation at the time and place of the removal — a `security_situation` of the removal's town (`origin`) or territory (`origin_territory`) whose period covers its date; danger that ended before the removal justifies nothing; (2) the persons stay within the bounds of the occupied territory (`destination_territory` occupied by the same Occupying Power at the date), unless for material reasons it was impossible to avoid taking them outside (`outside_unavoidable`); (3) evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\": a `return` — or, while the area is still under fire, no return is yet due: the situation that justified the removal is itself one of hostilities, still open (no `until`: `until >= 9999-12-31` is how the library writes an open period), and no later quiet of the same place is recorded. An area quiet since after the removal (`until` on the hostilities, or a later `security_situation` with hostilities false) and no return: the ground fails. Within the bounds: `destination_territory` is the removal's own `origin_territory`, or another territory occupied by the same Occupying Power at its date."
    }
    when evacuation_return == lasting_quiet {
      note "GC IV art. 49(2), three conditions, each of which decides [V in reference §1.1; §9.3]: (1) the security of the population or imperative military reasons demand the evacuation at the time and place of the removal — a `security_situation` of the removal's town (`origin`) or territory (`origin_territory`) whose period covers its date; danger that ended before the removal justifies nothing; (2) the persons stay within the bounds of the occupied territory (`destination_territory` occupied by the same Occupying Power at the date), unless for material reasons it was impossible to avoid taking them outside (`outside_unavoidable`); (3) evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\": a `return` — or no return is yet due: the situation that justified the removal is one of hostilities and no lasting quiet of the same place since the removal is recorded (`lasting` on a `security_situation` with hostilities false). An area quiet since after the removal, shown to have lasted, and no return: the ground fails. Within the bounds: `destination_territory` is the removal's own `origin_territory`, or another territory occupied by the same Occupying Power at its date."
    }
    unsettled "Not encoded: AP I art. 78's 'safety' ground outside occupied territory."
    when evacuation_return == hostilities_ceased {
      note "When a return is due, this reading (option evacuation_return = hostilities_ceased, the default; GC IV art. 49(2) as written): evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\" [V in reference §1.1; §9.3], so once the hostilities are recorded as ended (`until`) or a later quiet of the place is recorded, an evacuation without a `return` is unlawful, however recent the quiet."
    }
    when evacuation_return == lasting_quiet {
      note "When a return is due, this reading (option evacuation_return = lasting_quiet): a return is due only once the area has been quiet for a substantial period — an area 'quiet for months' (reference §9.3) — shown by a quiet `security_situation` of the place (hostilities false), since after the removal, that the evidence shows has lasted (`lasting`). Until then no return is yet due, and the ground holds without one: hostilities recorded as ended, or a quiet not shown to have lasted, do not make the evacuation unlawful. The reference gives no number of days, and none is assumed."
    }
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
    when evacuation_return == hostilities_ceased {
      unless (transfer(id == conduct.id, purpose == "evacuation_from_danger", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, danger_to_civilians == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, danger_to_civilians == true, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin, hostilities == false, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin_territory, hostilities == false, since > conduct.date))
    }
    when evacuation_return == lasting_quiet {
      unless (transfer(id == conduct.id, purpose == "evacuation_from_danger", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "evacuation_from_danger", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, danger_to_civilians == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, danger_to_civilians == true, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin, hostilities == false, lasting == true, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, danger_to_civilians == true, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin_territory, hostilities == false, lasting == true, since > conduct.date))
    }
    when evacuation_return == hostilities_ceased {
      unless (transfer(id == conduct.id, purpose == "military_operations", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "military_operations") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "military_operations", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, hostilities == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin, hostilities == false, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date, until >= 9999-12-31) and not security_situation(territory == conduct.origin_territory, hostilities == false, since > conduct.date))
    }
    when evacuation_return == lasting_quiet {
      unless (transfer(id == conduct.id, purpose == "military_operations", destination_territory == conduct.origin_territory)
              or transfer(id == conduct.id, purpose == "military_operations") as t and occupation(territory == t.origin_territory, during t.date) as occ and occupation(territory == t.destination_territory, occupier == occ.occupier, during t.date)
              or transfer(id == conduct.id, purpose == "military_operations", outside_unavoidable == true))
         and ((security_situation(territory == conduct.origin, hostilities == true, during conduct.date)
               or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date))
              and return(regarding == conduct.id)
              or security_situation(territory == conduct.origin, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin, hostilities == false, lasting == true, since > conduct.date)
              or security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date) and not security_situation(territory == conduct.origin_territory, hostilities == false, lasting == true, since > conduct.date))
    }
    unless transfer(id == conduct.id, purpose == "medical_treatment") and group(id == conduct.persons, under_18 == true) and consent(regarding == conduct.id, given_by == "parents_or_guardians", written == true, free == true) and return(regarding == conduct.id) and not coercion(regarding == conduct.id)
    provenance "implicit: not an EoC element ('unlawful' is tested under IHL: EoC General Introduction, para. 6 [M]); grounds from GC IV art. 49(2) and AP I art. 78 as summarised in shared/law/reference.md §1.1 [M]"
    note "An implicit circumstance, reported with its own status so that the lawfulness of the removal is visible. GC IV art. 49(1) prohibits forcible transfers and deportations of protected persons from occupied territory 'regardless of their motive'; art. 49(2) allows an evacuation only if the security of the population or imperative military reasons so demand, and evacuees must be brought back as soon as hostilities in the area have ceased. AP I art. 78: no evacuation of children other than a State's own nationals to a foreign country, except temporarily for compelling reasons of health or medical treatment (or, except in occupied territory, safety), with the written consent of parents or guardians where they can be found [M, reference §1.1]."
    note "Defeaters (`unless`): an evacuation for the population's security (purpose evacuation_from_danger, civilians in danger where they were taken from, and brought back); one for imperative military reasons (purpose military_operations, hostilities there, and brought back); a temporary medical evacuation of children (purpose medical_treatment, written and free consent of parents or guardians, no coercion, brought back). A ground shown by credible evidence (C3 or better) that nothing credible contradicts defeats the element; a ground so shown but credibly contradicted leaves it contested. Grounds are weighed at this one threshold at every standard of proof, so a stricter standard never makes a ground disappear."
    note "Consent given in a coercive environment, or by authorities on behalf of the persons, does not make a transfer lawful (reference §1.1, citing CMN 8-2-a-vii-1/5): a consent counts only if given by the parents or guardians (or the persons themselves), freely, and with no coercion bearing on the transfer."
    when evacuation_return == hostilities_ceased {
      note "GC IV art. 49(2), three conditions, each of which decides [V in reference §1.1; §9.3]: (1) the security of the population or imperative military reasons demand the evacuation at the time and place of the removal — a `security_situation` of the removal's town (`origin`) or territory (`origin_territory`) whose period covers its date; danger that ended before the removal justifies nothing; (2) the persons stay within the bounds of the occupied territory (`destination_territory` occupied by the same Occupying Power at the date), unless for material reasons it was impossible to avoid taking them outside (`outside_unavoidable`); (3) evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\": a `return` — or, while the area is still under fire, no return is yet due: the situation that justified the removal is itself one of hostilities, still open (no `until`: `until >= 9999-12-31` is how the library writes an open period), and no later quiet of the same place is recorded. An area quiet since after the removal (`until` on the hostilities, or a later `security_situation` with hostilities false) and no return: the ground fails. Within the bounds: `destination_territory` is the removal's own `origin_territory`, or another territory occupied by the same Occupying Power at its date."
    }
    when evacuation_return == lasting_quiet {
      note "GC IV art. 49(2), three conditions, each of which decides [V in reference §1.1; §9.3]: (1) the security of the population or imperative military reasons demand the evacuation at the time and place of the removal — a `security_situation` of the removal's town (`origin`) or territory (`origin_territory`) whose period covers its date; danger that ended before the removal justifies nothing; (2) the persons stay within the bounds of the occupied territory (`destination_territory` occupied by the same Occupying Power at the date), unless for material reasons it was impossible to avoid taking them outside (`outside_unavoidable`); (3) evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\": a `return` — or no return is yet due: the situation that justified the removal is one of hostilities and no lasting quiet of the same place since the removal is recorded (`lasting` on a `security_situation` with hostilities false). An area quiet since after the removal, shown to have lasted, and no return: the ground fails. Within the bounds: `destination_territory` is the removal's own `origin_territory`, or another territory occupied by the same Occupying Power at its date."
    }
    unsettled "Not encoded: AP I art. 78's 'safety' ground outside occupied territory."
    when evacuation_return == hostilities_ceased {
      note "When a return is due, this reading (option evacuation_return = hostilities_ceased, the default; GC IV art. 49(2) as written): evacuees \"shall be transferred back to their homes as soon as hostilities in the area in question have ceased\" [V in reference §1.1; §9.3], so once the hostilities are recorded as ended (`until`) or a later quiet of the place is recorded, an evacuation without a `return` is unlawful, however recent the quiet."
    }
    when evacuation_return == lasting_quiet {
      note "When a return is due, this reading (option evacuation_return = lasting_quiet): a return is due only once the area has been quiet for a substantial period — an area 'quiet for months' (reference §9.3) — shown by a quiet `security_situation` of the place (hostilities false), since after the removal, that the evidence shows has lasted (`lasting`). Until then no return is yet due, and the ground holds without one: hostilities recorded as ended, or a quiet not shown to have lasted, do not make the evacuation unlawful. The reference gives no number of days, and none is assumed."
    }
    when settler_consent == no_transfer {
      unless consent(regarding == conduct.id, given_by == "persons_concerned", free == true) and not coercion(regarding == conduct.id)
      note "A further defeater, for either limb: the persons concerned consented freely and no coercion bore on the transfer, so they had a genuine choice, and there is no 'deportation or transfer' (reference §9.3 [S: Karadžić TJ para. 489, via CMN])."
      note "Genuine choice, this reading (option settler_consent = no_transfer, the default; reference §9.3): the persons' own free consent without coercion defeats the element for either limb, settlers moved into occupied territory under limb (a) included."
    }
    when settler_consent == indirect_transfer {
      unless consent(regarding == conduct.id, given_by == "persons_concerned", free == true) and not coercion(regarding == conduct.id) and group(id == conduct.persons) as g and not occupation(territory == conduct.destination_territory, occupier == g.nationals_of, during conduct.date)
      note "A further defeater: the persons concerned consented freely and no coercion bore on the transfer, so they had a genuine choice, and there is no 'deportation or transfer' (reference §9.3 [S: Karadžić TJ para. 489, via CMN]) — under this reading, for limb (b) only (below)."
      note "Genuine choice, this reading (option settler_consent = indirect_transfer; reference §1.2: under limb (a) 'directly or indirectly' reaches incentives and facilitation, not only forcible moves [M, IHL commentary]): the persons' own free consent without coercion defeats the element, except for a limb (a) transfer — persons who are nationals of the State that occupies the territory they were taken into (`destination_territory`) at the date: settlers who chose to move, induced or facilitated by the Occupying Power, are still transferred by it."
    }

  use international_armed_conflict
}
