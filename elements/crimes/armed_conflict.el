# The last two elements of every war crime (EoC, Introduction to art. 8): the nexus with an
# armed conflict, and awareness of it — international (art. 8(2)(a) and (b)) or not of an
# international character (art. 8(2)(c) and (e)).
#
# Nexus (how chambers read "in the context of and was associated with", Kunarac AJ, followed by
# Lubanga, Katanga, Bemba and Ntaganda TJs [M]): the conflict must have played a substantial
# part in the perpetrator's ability to commit the crime, the decision to commit it, the manner
# of commission or its purpose; the conduct need not take place during combat or at the place
# of combat, but must be closely related to the hostilities, not merely coincide with them.
# Encoded indicators: the conduct started in territory under occupation (international
# conflicts only: occupation is part of an international armed conflict), or it was carried out
# by a party to the conflict — an organisation that is a party or fights for one, or a person
# holding a post in such an organisation.

group international_armed_conflict "Contextual elements of war crimes in international armed conflict" {
  source "ICC Elements of Crimes, Introduction to art. 8 and the last two elements of each crime under art. 8(2)(a) and (b)"
  provenance "S: CMN elements digest, 8(2)(b)(viii)"
  note "There is no requirement for a legal evaluation by the perpetrator as to the existence of an armed conflict or its character as international or non-international (EoC, Introduction to art. 8)."

  element iac_context contextual
    "The conduct took place in the context of and was associated with an international armed conflict."
    requires occupation(territory == conduct.origin_territory, during conduct.date) and not armed_conflict(id == conduct.conflict, character == "non-international")
          or (armed_conflict(id == conduct.conflict, character == "international", during conduct.date) as ac
              or armed_conflict(character == "international", during conduct.date) as ac and not armed_conflict(id == conduct.conflict))
         and (organisation(id == conduct.by, party_to == ac.id)
              or participation(party == conduct.by, conflict == ac.id, during conduct.date)
              or position(holder == conduct.by) as p and organisation(id == p.organisation, party_to == ac.id)
              or position(holder == conduct.by) as p and participation(party == p.organisation, conflict == ac.id, during conduct.date))
    note "Occupation is an international armed conflict (GC IV art. 2(2), common art. 2(2): \"The Convention shall also apply to all cases of partial or total occupation of the territory of a High Contracting Party, even if the said occupation meets with no armed resistance.\" [V, shared/law/reference.md §9.1]). Conduct that started in territory under occupation at its date therefore has the context of an international armed conflict without any separate `armed_conflict` fact: the report then names the `occupation` fact alone. Not encoded: a transfer into occupied territory from elsewhere (art. 8(2)(b)(viii) limb (a)) takes its context from an `armed_conflict` fact, as before. An act the evidence ties to a non-international conflict (`conflict:`) takes no international context from an occupation."
    note "Temporal nexus: the act counts for a conflict, and for an occupation, only inside its period (`during`: since <= the act's date, and no `until` or until >= it). An undated act, or a conflict or occupation without `since`, is never assumed to fall inside: the report says what date would settle it."
    note "Which conflict: an act tied to a conflict by the evidence (`conflict:`) takes its context from that conflict only; an act tied to none, from any international armed conflict going on at its date. A conflict whose character changed is one `armed_conflict` fact per period (Ituri: international until 2 June 2003, non-international after, as the Lubanga TC found [M]); an organisation party to several conflicts has a `participation` fact for each."
    footnote "The term 'international armed conflict' includes military occupation. This footnote also applies to the corresponding element in each crime under article 8 (2) (a)."
    provenance "S: CMN elements digest, 8(2)(b)(viii); footnote M"
    note "Nexus: the conflict must have played a substantial part in the perpetrator's ability to commit the crime, the decision to commit it, the manner of commission or its purpose (Kunarac AJ, followed by ICC chambers) [M]. Shown here by the conduct's starting point in territory under occupation, or by its being carried out by a party to the conflict (an organisation that is a party, or a person holding a post in one)."

  element iac_awareness mental
    "The perpetrator was aware of factual circumstances that established the existence of an armed conflict."
    requires mental_state(person == perpetrator, state == "knew", about == "armed_conflict", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == perpetrator, state == "knew", about == "occupation", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id) and occupation(territory == conduct.origin_territory, during conduct.date)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "S: CMN elements digest, 8(2)(b)(viii)"
    note "Where the conflict is the occupation itself (GC IV art. 2(2) [V, reference §9.1]), the factual circumstances that establish it are those of the occupation: awareness of the occupation of the territory the conduct started in is awareness of the factual circumstances that established the existence of an armed conflict."
    note "Only awareness of the factual circumstances is required, not of the conflict's international character."
    note "EoC, Introduction to art. 8: there is no requirement for awareness by the perpetrator of the facts that established the character of the conflict as international or non-international; there is only a requirement for the awareness of the factual circumstances that established the existence of an armed conflict that is implicit in the terms \"took place in the context of and was associated with\". [M]"
}

group non_international_armed_conflict "Contextual elements of war crimes in armed conflict not of an international character" {
  source "ICC Elements of Crimes, Introduction to art. 8 and the last two elements of each crime under art. 8(2)(c) and (e)"
  provenance "S: CMN elements digest and proof digest, 8(2)(e)(viii)"
  note "The elements for war crimes under article 8, paragraph 2 (c) and (e), are subject to the limitations addressed in article 8, paragraph 2 (d) and (f), which are not elements of crimes. (EoC, Introduction to art. 8) [M]"
  note "There is no requirement for a legal evaluation by the perpetrator as to the existence of an armed conflict or its character as international or non-international (EoC, Introduction to art. 8)."

  element niac_context contextual
    "The conduct took place in the context of and was associated with an armed conflict not of an international character."
    requires (armed_conflict(id == conduct.conflict, character == "non-international", during conduct.date) as ac
              or armed_conflict(character == "non-international", during conduct.date) as ac and not armed_conflict(id == conduct.conflict))
         and (organisation(id == conduct.by, party_to == ac.id)
              or participation(party == conduct.by, conflict == ac.id, during conduct.date)
              or position(holder == conduct.by) as p and organisation(id == p.organisation, party_to == ac.id)
              or position(holder == conduct.by) as p and participation(party == p.organisation, conflict == ac.id, during conduct.date))
    note "Temporal nexus and which conflict: as for international armed conflicts (the act's date inside the conflict's period; an act tied to a conflict by `conflict:` takes its context from that one only)."
    provenance "S: CMN proof digest, 8(2)(e)(viii)"
    note "Nexus as for international conflicts (Kunarac AJ, followed by ICC chambers) [M]. Shown here by the conduct's being carried out by a party to the conflict: an organisation that is a party (for instance the armed group), or a person holding a post in one."

  element niac_awareness mental
    "The perpetrator was aware of factual circumstances that established the existence of an armed conflict."
    requires mental_state(person == perpetrator, state == "knew", about == "armed_conflict", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "S: CMN proof digest, 8(2)(e)(viii)"
    note "Only awareness of the factual circumstances is required, not of the conflict's character as international or non-international (EoC, Introduction to art. 8) [M]."
}
