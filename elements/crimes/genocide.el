# Genocide by forcibly transferring children (art. 6(e)). Element text: ICC Elements of Crimes
# as recorded in shared/law/reference.md §1.5 [M; "forcibly transferred", the age elements and
# "knew, or should have known" S: CMN proof-digest/art-6/6-e/5, /7, /8].

crime genocide_transferring_children "Genocide by forcibly transferring children" {
  article "6(e)"
  source "ICC Elements of Crimes, art. 6(e); Rome Statute art. 6(e)"
  provenance "M; elements 1, 5 and 6 S: CMN proof digest 6(e); Statute V*"
  note "Rome Statute art. 6: For the purpose of this Statute, \"genocide\" means any of the following acts committed with intent to destroy, in whole or in part, a national, ethnical, racial or religious group, as such: ... (e) Forcibly transferring children of the group to another group. [V*]"
  note "Genocidal intent at the warrant stage: requiring that it be the only reasonable conclusion from the evidence would impose proof beyond reasonable doubt (Al Bashir AC, 3 Feb 2010). The ICC has not charged 6(e) in the Ukraine situation; the 17 March 2023 warrants are for war crimes only. PACE's resolution of 27 April 2023 calling the deportations genocide is political, not judicial [S: babel.ua]."

  element conduct material conduct
    "The perpetrator forcibly transferred one or more persons."
    requires transfer as t and (coercion(regarding == t.id)
                                or consent(regarding == t.id, given_by == "nobody")
                                or consent(regarding == t.id, given_by == "authorities_or_institutions")
                                or consent(regarding == t.id, free == false))
    provenance "S: CMN proof-digest/art-6/6-e/5"
    footnote "The term 'forcibly' is not restricted to physical force, but may include threat of force or coercion, such as that caused by fear of violence, duress, detention, psychological oppression or abuse of power against such person or persons or another person, or by taking advantage of a coercive environment. [M: same text as the footnote to art. 7(1)(d)]"
  derived conduct_intent for conduct
    "The perpetrator meant to engage in the conduct: to transfer the person or persons."
    source "Rome Statute art. 30(2)(a)"
  derived transfer_consequence for conduct
    "The perpetrator meant to cause the transfer, or was aware that it would occur in the ordinary course of events."
    source "Rome Statute art. 30(2)(b)"

  element protected_group material circumstance
    "Such person or persons belonged to a particular national, ethnical, racial or religious group."
    requires group(id == conduct.persons) as g and (community(id == g.member_of, kind == "national")
                                                  or community(id == g.member_of, kind == "ethnical")
                                                  or community(id == g.member_of, kind == "racial")
                                                  or community(id == g.member_of, kind == "religious"))
    provenance "M"
  derived group_knowledge for protected_group
    "The perpetrator was aware that the person or persons belonged to that group."
    source "Rome Statute art. 30(3)"

  element genocidal_intent mental
    "The perpetrator intended to destroy, in whole or in part, that national, ethnical, racial or religious group, as such."
    requires mental_state(person == perpetrator, state == "intended", about == "destruction_of_group", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "M"
    note "Special intent (dolus specialis), beyond art. 30. It may be inferred from facts and circumstances (EoC General Introduction, para. 3)."

  element other_group material circumstance
    "The transfer was from that group to another group."
    requires placement(persons == conduct.persons) as p and community(id == p.community, id != protected_group.member_of)
    provenance "M"
    note "Shown by the placement of the persons transferred in the care of another national, ethnical, racial or religious group (adoption, foster families, guardianship, institutions, or a new nationality)."
  derived other_group_knowledge for other_group
    "The perpetrator meant the transfer to be to another group, or was aware that it would be in the ordinary course of events."
    source "Rome Statute art. 30(2)(b), 30(3)"

  element under_18 material circumstance
    "The person or persons were under the age of 18 years."
    requires group(id == conduct.persons, under_18 == true)
          or group(id == conduct.persons, max_age < 18)
    provenance "S: CMN proof-digest/art-6/6-e/7"
    mental "explicit: element age_awareness"

  element age_awareness mental
    "The perpetrator knew, or should have known, that the person or persons were under the age of 18 years."
    requires mental_state(person == perpetrator, state == "knew", about == "age", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or information(recipient == perpetrator, about == "age", date <= conduct.until) as i and not information(id == i.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "S: CMN proof-digest/art-6/6-e/8"
    note "A negligence standard, an exception to art. 30: CMN commentary calls it a deliberate departure to protect children [S]. 'Should have known' is shown here by information about the persons' age that was available to the perpetrator."

  element pattern_context contextual
    "The conduct took place in the context of a manifest pattern of similar conduct directed against that group or was conduct that could itself effect such destruction."
    requires course_of_conduct(id == conduct.part_of, pattern == true) as c and group(id == c.population, member_of == protected_group.member_of)
    provenance "M"
    note "EoC Introduction to genocide, on the last element: The term \"in the context of\" would include the initial acts in an emerging pattern; The term \"manifest\" is an objective qualification; Notwithstanding the normal requirement for a mental element provided for in article 30, and recognizing that knowledge of the circumstances will usually be addressed in proving genocidal intent, the appropriate requirement, if any, for a mental element regarding this circumstance will need to be decided by the Court on a case-by-case basis. [M]"
    note "Encoded: the first limb — the conduct belongs to a course of conduct (`part_of`) that follows a pattern and targets a population of the same group. The second limb (conduct that could itself effect the destruction) calls for a judgement on scale that no fact type here records; argue it separately."
}
