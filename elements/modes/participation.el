# Modes of liability (arts. 25(3) and 28). Mode elements link the accused to the crime's
# conduct: `accused` is the charged person, `conduct` the fact bound to the crime's conduct
# element. Text: Rome Statute [V*] and the leading decisions in shared/law/reference.md §2.

mode co_perpetration "Co-perpetration (committing a crime jointly with another person)" {
  article "25(3)(a)"
  source "Rome Statute art. 25(3)(a); Lubanga TJ, 14 Mar 2012; Lubanga AJ, 1 Dec 2014"
  leading "Lubanga Trial Judgment (TC I, ICC-01/04-01/06-2842, 14 Mar 2012)"

  element common_plan objective
    "An agreement or common plan between the accused and at least one other person which, if implemented, will result in the commission of the crime in the ordinary course of events."
    requires agreement(parties has accused)
    note "The plan need only contain a critical element of criminality; the agreement may be inferred from concerted action."

  element essential_contribution objective
    "An essential contribution by the accused, coordinated with the others, that resulted in the commission of the crime."
    requires contribution(by == accused, to == conduct.id, could_frustrate == true)
    note "Lubanga TJ: without it the crime would not have been committed, or would have been committed differently; Lubanga AJ: a normative assessment of the accused's role."

  element intent subjective
    "The accused meant to commit the crime, or was aware that implementing the common plan would result in it in the ordinary course of events."
    requires mental_state(person == accused, state == "meant", about == "conduct") or mental_state(person == accused, state == "knew", about == "consequence")
    note "No dolus eventualis (Lubanga TJ)."

  element aware_essential subjective
    "The accused was aware of providing an essential contribution to the implementation of the common plan."
    requires mental_state(person == accused, state == "knew", about == "essential_role")
}

mode aiding_abetting "Aiding, abetting or otherwise assisting" {
  article "25(3)(c)"
  source "Rome Statute art. 25(3)(c); Bemba et al. TJ (TC VII, 19 Oct 2016), paras. 87–97"
  leading "Bemba et al. Trial Judgment (TC VII, ICC-01/05-01/13-1989-Red, 19 Oct 2016)"

  element assistance objective
    "The accused aided, abetted or otherwise assisted in the commission of the crime, including by providing the means for its commission, and the assistance had an effect on its commission."
    requires contribution(by == accused, to == conduct.id)
    note "No minimum threshold ('substantial') is required (Bemba et al. TJ paras. 90–93); assistance may come before, during or after."

  element purpose subjective
    "The accused acted for the purpose of facilitating the commission of the crime."
    requires mental_state(person == accused, state == "intended", about == "facilitation")
    note "Higher than art. 30: the accessory must act with the purpose of facilitating the crime (Bemba et al. TJ para. 97)."

  element awareness subjective
    "The accused was aware of the crime's commission and of the essential elements of the crime."
    requires mental_state(person == accused, state == "knew", about == "conduct")
}

mode superior_responsibility "Responsibility of superiors other than military commanders" {
  article "28(b)"
  source "Rome Statute art. 28(b)"
  leading "No ICC conviction under art. 28(b) yet; the Putin warrant relies on it in the alternative (17 Mar 2023)."

  element subordinates objective
    "Crimes were committed by subordinates under the superior's effective authority and control."
    requires authority(superior == accused, over == conduct.by, effective == true)

  element knowledge subjective
    "The superior either knew, or consciously disregarded information which clearly indicated, that the subordinates were committing or about to commit such crimes."
    requires mental_state(person == accused, state == "knew", about == "crimes_of_subordinates") or mental_state(person == accused, state == "disregarded", about == "crimes_of_subordinates")

  element failure objective
    "The superior failed to take all necessary and reasonable measures within his or her power to prevent or repress their commission or to submit the matter to the competent authorities for investigation and prosecution."
    requires omission(person == accused, regarding == conduct.id)
}
