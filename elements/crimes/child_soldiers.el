# War crimes of using, conscripting or enlisting children (arts. 8(2)(b)(xxvi) and
# 8(2)(e)(vii)): the Lubanga test case. Element text: ICC Elements of Crimes as recorded in
# shared/law/reference.md §1.6 [S: CMN proof digest for element 1 and the "knew or should have
# known" element; the rest M].
#
# Lubanga points [M]: conscription and enlistment are continuing crimes (they last while the
# child remains in the force or group, until the child turns 15 or leaves); the child's consent
# is no defence to enlistment; "active participation" covers front-line combat and support
# roles that expose the child to real danger as a potential target (bodyguards, spies, scouts,
# couriers, guards at military objectives), assessed case by case (Lubanga TJ, upheld by the
# Lubanga AJ, 1 Dec 2014).

crime using_conscripting_enlisting_children_iac "War crime of using, conscripting or enlisting children (international armed conflict)" {
  article "8(2)(b)(xxvi)"
  source "ICC Elements of Crimes, art. 8(2)(b)(xxvi); Rome Statute art. 8(2)(b)(xxvi)"
  provenance "S: CMN proof-digest/art-8/b/8-2-b-xxvi/3 (element 1), elements-digest 8-2-b-xxvi/5 (element 3); rest M; Statute V*"
  leading "Lubanga TJ (TC I, ICC-01/04-01/06-2842, 14 Mar 2012); Lubanga AJ (ICC-01/04-01/06-3121-Red, 1 Dec 2014)"
  note "Rome Statute art. 8(2)(b)(xxvi): Conscripting or enlisting children under the age of fifteen years into the national armed forces or using them to participate actively in hostilities. [V*]"
  note "EoC title for both crimes: \"War crime of using, conscripting or enlisting children\" [M]."

  element conduct material conduct
    "The perpetrator conscripted or enlisted one or more persons into the national armed forces or used one or more persons to participate actively in hostilities."
    requires recruitment as r and organisation(id == r.force, kind == "national_armed_forces")
          or military_use(activity == "combat")
          or military_use(exposed_to_danger == true)
    provenance "S: CMN proof-digest/art-8/b/8-2-b-xxvi/3"
    note "Three alternatives: conscription (compulsory), enlistment (voluntary) or use to participate actively in hostilities. Active participation: combat, or a support role that exposed the persons to real danger as a potential target (Lubanga TJ) [M]."
  derived conduct_intent for conduct
    "The perpetrator meant to conscript or enlist the person or persons, or to use them to participate actively in hostilities."
    source "Rome Statute art. 30(2)(a)"

  element under_15 material circumstance
    "Such person or persons were under the age of 15 years."
    requires group(id == conduct.persons, under_15 == true)
          or group(id == conduct.persons, max_age < 15)
          or person(id == conduct.persons, age < 15)
    provenance "M"
    mental "explicit: element age_awareness"

  element age_awareness mental
    "The perpetrator knew or should have known that such person or persons were under the age of 15 years."
    requires mental_state(person == perpetrator, state == "knew", about == "age", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or information(recipient == perpetrator, about == "age", date <= conduct.until) as i and not information(id == i.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "S: CMN elements-digest 8-2-b-xxvi/5"
    note "A negligence standard, an exception to art. 30. Katanga PTC: 'should have known' means a lack of knowledge caused by a failure of due diligence [S: CMN 8-2-b-xxvi/5]. Shown here by information about the persons' age that was available to the perpetrator (documents, what could be seen)."

  use international_armed_conflict
}

crime using_conscripting_enlisting_children_niac "War crime of using, conscripting or enlisting children (armed conflict not of an international character)" {
  article "8(2)(e)(vii)"
  source "ICC Elements of Crimes, art. 8(2)(e)(vii); Rome Statute art. 8(2)(e)(vii)"
  provenance "S: CMN proof-digest/art-8/e/8-2-e-vii/3 (element 1), /5 (element 3); rest M; Statute V*"
  leading "Lubanga TJ (TC I, ICC-01/04-01/06-2842, 14 Mar 2012); Lubanga AJ (ICC-01/04-01/06-3121-Red, 1 Dec 2014)"
  note "Rome Statute art. 8(2)(e)(vii): Conscripting or enlisting children under the age of fifteen years into armed forces or groups or using them to participate actively in hostilities; [V*]"
  note "EoC title for both crimes: \"War crime of using, conscripting or enlisting children\" [M]."

  element conduct material conduct
    "The perpetrator conscripted or enlisted one or more persons into an armed force or group or used one or more persons to participate actively in hostilities."
    requires recruitment as r and organisation(id == r.force, kind == "national_armed_forces")
          or recruitment as r and organisation(id == r.force, kind == "armed_group")
          or military_use(activity == "combat")
          or military_use(exposed_to_danger == true)
    provenance "S: CMN proof-digest/art-8/e/8-2-e-vii/3"
    note "Three alternatives: conscription (compulsory), enlistment (voluntary) or use to participate actively in hostilities. Unlike art. 8(2)(b)(xxvi), any armed force or group. Active participation: combat, or a support role that exposed the persons to real danger as a potential target (Lubanga TJ) [M]."
  derived conduct_intent for conduct
    "The perpetrator meant to conscript or enlist the person or persons, or to use them to participate actively in hostilities."
    source "Rome Statute art. 30(2)(a)"

  element under_15 material circumstance
    "Such person or persons were under the age of 15 years."
    requires group(id == conduct.persons, under_15 == true)
          or group(id == conduct.persons, max_age < 15)
          or person(id == conduct.persons, age < 15)
    provenance "M"
    mental "explicit: element age_awareness"

  element age_awareness mental
    "The perpetrator knew or should have known that such person or persons were under the age of 15 years."
    requires mental_state(person == perpetrator, state == "knew", about == "age", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or information(recipient == perpetrator, about == "age", date <= conduct.until) as i and not information(id == i.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "S: CMN proof-digest/art-8/e/8-2-e-vii/5"
    note "A negligence standard, an exception to art. 30. Katanga PTC: 'should have known' means a lack of knowledge caused by a failure of due diligence [S: CMN]. Shown here by information about the persons' age that was available to the perpetrator."

  use non_international_armed_conflict
}
