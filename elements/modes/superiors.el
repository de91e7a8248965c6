# Responsibility of military commanders (art. 28(a)). Other superiors (art. 28(b)) are in
# participation.el. Source: shared/law/reference.md §§2.0, 2.10. Numbering: the Statute's own
# structure is art. 28(a) and 28(b), with sub-items (i)–(iii) — not "28(1)/(2)".
#
# Links in time, to one act and to one organisation (issue 18; reference §§9.4, 9.5), the same
# in every mode file:
# - a state of affairs (authority, a post) counts for an act only while it lasts: its period
#   must overlap the act's (`since <= conduct.until, until >= conduct.date`). An act without
#   `until` lasted one day (both engines read its `until` as its `date`); a period without
#   `until` has not ended;
# - a dated link (a state of mind, a contribution, information) counts if dated by the act's
#   last day (`date <= conduct.until`); orders and solicitations only by its first day;
# - a state of mind, or information, counts for the act it names (`act`), or for any act if it
#   names none: `mental_state(...) as m and not mental_state(id == m.id, act != conduct.id)`
#   (`information(...) as i and not information(id == i.id, act != conduct.id)`);
# - an undated link is never assumed to hold: the report names the date that would settle it.

mode command_responsibility "Responsibility of military commanders and persons effectively acting as military commanders" {
  article "28(a)"
  source "Rome Statute art. 28(a); Bemba TJ (TC III, 21 Mar 2016, recalled as para. 170); Bemba AJ (8 Jun 2018)"
  leading "Bemba Trial Judgment (TC III, ICC-01/05-01/08-3343, 21 Mar 2016); reversed by the Bemba Appeals Judgment (ICC-01/05-01/08-3636-Red, 8 Jun 2018, 3:2, acquittal)"
  provenance "Statute V*; elements M, substance S: casebook.icrc.org; CMN blog (A. S. Galand)"
  note "Rome Statute art. 28(a): A military commander or person effectively acting as a military commander shall be criminally responsible for crimes within the jurisdiction of the Court committed by forces under his or her effective command and control, or effective authority and control as the case may be, as a result of his or her failure to exercise control properly over such forces, where: (i) That military commander or person either knew or, owing to the circumstances at the time, should have known that the forces were committing or about to commit such crimes; and (ii) That military commander or person failed to take all necessary and reasonable measures within his or her power to prevent or repress their commission or to submit the matter to the competent authorities for investigation and prosecution. [V*]"

  element forces_committed objective
    "Crimes within the jurisdiction of the Court were committed by forces."
    requires organisation(id == conduct.by, kind == "national_armed_forces")
          or organisation(id == conduct.by, kind == "armed_group")
          or position(holder == conduct.by, since <= conduct.until, until >= conduct.date) as p
             and (organisation(id == p.organisation, kind == "national_armed_forces")
                  or organisation(id == p.organisation, kind == "armed_group"))
    provenance "M"
    note "Shown by the conduct being carried out by armed forces or an armed group, or by a person holding a post in one at the time of the act (reference §9.4)."

  element military_commander objective
    "The accused was a military commander or a person effectively acting as a military commander."
    requires position(holder == accused, military == true, since <= conduct.until, until >= conduct.date)
    provenance "V* (art. 28(a))"
    note "A de facto command counts (`de_facto`)."
    note "At the time of the crimes (reference §9.4): a command that ended before the act, or began after it, does not count; a post without `since` is not assumed to have been held then."

  element effective_control objective
    "The accused had effective command and control, or effective authority and control, over the forces that committed the crimes."
    requires authority(superior == accused, over == conduct.by, effective == true, since <= conduct.until, until >= conduct.date)
          or authority(superior == accused, effective == true, since <= conduct.until, until >= conduct.date) as a
             and (organisation(id == conduct.by, id == a.over)
                  or organisation(id == conduct.by, part_of == a.over)
                  or position(holder == conduct.by, organisation == a.over, since <= conduct.until, until >= conduct.date)
                  or position(holder == conduct.by, since <= conduct.until, until >= conduct.date) as p
                     and organisation(id == p.organisation, part_of == a.over))
    provenance "M"
    note "Over the forces that committed the crimes, when they committed them (Bemba Confirmation Decision, ICC-01/05-01/08-424, 15 Jun 2009; Bemba TJ, ICC-01/05-01/08-3343, 21 Mar 2016 [S/M, reference §9.4]): effective control that ended before the act, or began after it, does not make the commander responsible for it. It must hold on the act's date, or at some time in the period of a continuing act; an authority without `since` is not assumed to have held then. The forces: those who carried out the act, the organisation of which their unit is a part, or the organisation (or a unit of it) in which they held a post at the time."
    note "The material ability to prevent or repress the crimes, or to submit the matter to the competent authorities. De jure status is neither necessary nor sufficient. Indicators (Bemba TJ [M]): official position; power to issue orders and have them obeyed; ability to appoint, promote, discipline and remove; capacity to order troops into or out of hostilities; control over the means of war and communications; whether the forces were subordinate to another authority."

  element knowledge subjective
    "The accused either knew or, owing to the circumstances at the time, should have known that the forces were committing or about to commit such crimes."
    requires mental_state(person == accused, state == "knew", about == "crimes_of_subordinates", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or information(recipient == accused, about == "crimes_of_subordinates", date <= conduct.until) as i and not information(id == i.id, act != conduct.id)
    provenance "V* (art. 28(a)(i))"
    note "'Should have known' is a form of negligence: a duty to be informed, a failure to take the measures needed to stay informed (Bemba PTC) [M]. Shown here by information about the crimes that was available to the accused."
    note "Owing to the circumstances *at the time*: knowledge held, or information available, by the act's date (or during a continuing act); undated, it is not assumed to have come in time (reference §9.4). About this act: a state of mind or information that names another act (`act`) does not count for this one; one that names no act counts for every act it precedes."

  element failure_to_act objective
    "The accused failed to take all necessary and reasonable measures within his or her power to prevent or repress their commission or to submit the matter to the competent authorities for investigation and prosecution."
    requires omission(person == accused, regarding == conduct.id)
    provenance "V* (art. 28(a)(ii))"
    note "Three distinct duties arising at different times: to prevent, to repress, to submit. What is necessary and reasonable depends on the material ability to act at the time."
    note "Bemba AJ (8 Jun 2018): the TC erred in assessing the measures; it did not consider the limitations facing a remote commander operating in a foreign country, and faulted measures for the motives behind them. Weigh a remote commander's position accordingly [S: latam.lejister for the operative part; reasoning M]."

  element causation objective
    "The crimes were committed as a result of the accused's failure to exercise control properly over the forces."
    when superior_causation == risk_increase
    requires omission(person == accused, regarding == conduct.id, control_would_have == "reduced_the_risk")
          or omission(person == accused, regarding == conduct.id, control_would_have == "very_probably_prevented")
          or omission(person == accused, regarding == conduct.id, control_would_have == "prevented")
    provenance "M"
    note "This reading (Bemba PTC): it suffices that the failure increased the risk that the crimes would be committed."

  element causation objective
    "The crimes were committed as a result of the accused's failure to exercise control properly over the forces."
    when superior_causation == high_probability
    requires omission(person == accused, regarding == conduct.id, control_would_have == "very_probably_prevented")
          or omission(person == accused, regarding == conduct.id, control_would_have == "prevented")
    provenance "M"
    note "This reading: proper control would with high probability have prevented the crimes."

  element causation objective
    "The crimes were committed as a result of the accused's failure to exercise control properly over the forces."
    when superior_causation == but_for
    requires omission(person == accused, regarding == conduct.id, control_would_have == "prevented")
    provenance "M"
    note "This reading (the test the Bemba TC found 'clearly satisfied'): the crimes would not have been committed, or not in the same manner, had control been exercised properly."
}
