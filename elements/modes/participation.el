# Modes of liability (arts. 25(3) and 28) of the first slice: co-perpetration, aiding and
# abetting, superior responsibility. Mode elements link the accused to the crime's conduct:
# `accused` is the charged person, `conduct` the fact bound to the crime's conduct element.
# Text: Rome Statute [V*] and the leading decisions in shared/law/reference.md §2.
# The other modes: commission.el (25(3)(a)), accessorial.el (25(3)(b)–(d)), superiors.el (28(a)).
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

mode co_perpetration "Co-perpetration (committing a crime jointly with another person)" {
  article "25(3)(a)"
  source "Rome Statute art. 25(3)(a); Lubanga TJ, 14 Mar 2012; Lubanga AJ, 1 Dec 2014"
  leading "Lubanga Trial Judgment (TC I, ICC-01/04-01/06-2842, 14 Mar 2012)"
  provenance "Statute V*; elements S: Opinio Juris Lubanga roundtable quoting TJ para. 1006; paragraph numbers M"
  mind "accused"
  note "Whose mind: under art. 25(3)(a) the crime's mental elements (art. 30, awareness of the protected status, of the armed conflict, of the attack, any special intent) are met by the accused's own state of mind, not by that of those who physically carried out the conduct (Lubanga Confirmation Decision, PTC I, 29 Jan 2007; Katanga & Ngudjolo Confirmation Decision, PTC I, 30 Sep 2008; reference §§2.2–2.5, the subjective elements) [M for paragraph numbers]."
  note "Rome Statute art. 25(3)(a): [a person shall be criminally responsible ... if that person] Commits such a crime, whether as an individual, jointly with another or through another person, regardless of whether that other person is criminally responsible; [V*]"
  note "Lubanga TJ summary (recalled as para. 1018 [M]): (i) agreement or common plan with at least one co-perpetrator that, once implemented, results in the crime in the ordinary course of events; (ii) essential contribution; (iii) intent; (iv) awareness of providing an essential contribution; (v) awareness of the factual circumstances establishing the armed conflict and the link between them and the conduct."
  note "Judge Fulford's separate opinion in the Lubanga TJ rejected the control-of-the-crime theory and the essential-contribution test; he would accept any contribution to a common plan [S: Opinio Juris roundtable, 16 Mar 2012]."

  element common_plan objective
    "An agreement or common plan between the accused and at least one other person which, if implemented, will result in the commission of the crime in the ordinary course of events."
    requires agreement(parties has accused, id == conduct.pursuant_to) as g and not agreement(id == g.id, date > conduct.date)
    note "The conduct must have been carried out under the plan (`pursuant_to` on the conduct fact): the plan *this* act implemented, not any agreement of the accused (reference §9.5 [S]). A plan dated after the act cannot be the one it implemented. The plan need only contain a critical element of criminality; the agreement may be inferred from concerted action."

  element essential_contribution objective
    "An essential contribution by the accused, coordinated with the others, that resulted in the commission of the crime."
    requires contribution(by == accused, to == conduct.id, could_frustrate == true, date <= conduct.until)
          or contribution(by == accused, to == common_plan.id, could_frustrate == true, date <= conduct.until)
    note "To this act, or to the common plan it implemented (`common_plan`); made before the act or during it (by its last day, for a continuing act). An undated contribution is not assumed to have come before the act (reference §9.4)."
    note "Lubanga TJ: without it the crime would not have been committed, or would have been committed differently; Lubanga AJ: a normative assessment of the accused's role."
    note "The accused need not be physically present at the scene."

  element intent subjective
    "The accused meant to commit the crime, or was aware that implementing the common plan would result in it in the ordinary course of events."
    requires mental_state(person == accused, state == "meant", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "consequence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "No dolus eventualis (Lubanga TJ)."

  element aware_essential subjective
    "The accused was aware of providing an essential contribution to the implementation of the common plan."
    requires mental_state(person == accused, state == "knew", about == "essential_role", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "Awareness of the factual circumstances enabling joint control (Lubanga PTC paras. 366–367): the accused must be aware (i) that his or her role is essential to implementing the common plan, and (ii) that by reason of that essential role he or she could frustrate the plan by refusing to perform the task [S: CMN elements-digest/mol/joint-perpetration/m-6]."

  element mutual_awareness subjective
    "The accused and the other co-perpetrators were mutually aware and mutually accepted that implementing the common plan would result in the fulfilment of the material elements of the crime."
    requires mental_state(person == accused, state == "knew", about == "common_plan", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M (Lubanga PTC, Katanga PTC)"
    note "Shown here by the accused's own awareness of the plan and what it would lead to; the other co-perpetrators' awareness is not checked separately."
}

mode aiding_abetting "Aiding, abetting or otherwise assisting" {
  article "25(3)(c)"
  source "Rome Statute art. 25(3)(c); Bemba et al. TJ (TC VII, 19 Oct 2016), paras. 87–97"
  leading "Bemba et al. Trial Judgment (TC VII, ICC-01/05-01/13-1989-Red, 19 Oct 2016)"
  provenance "Statute V*; S: Yale Law School summary of the Bemba et al. TJ with paragraph numbers"
  note "Rome Statute art. 25(3)(c): For the purpose of facilitating the commission of such a crime, aids, abets or otherwise assists in its commission or its attempted commission, including providing the means for its commission; [V*]"
  note "Aiding is practical or material help; abetting is moral support or encouragement (Bemba et al. TJ paras. 87–89). Encouragement or moral support can have an effect even if the principal is not aware of it (Bemba et al. AJ, 8 Mar 2018) [S]. 'Specific direction' (the ICTY Perišić test) is not required at the ICC [M]."

  element assistance objective
    "The accused aided, abetted or otherwise assisted in the commission of the crime, including by providing the means for its commission, and the assistance had an effect on its commission."
    when aiding_threshold == none
    requires contribution(by == accused, to == conduct.id, date <= conduct.until)
          or contribution(by == accused, to == conduct.id, agreed <= conduct.date)
    note "No minimum threshold ('substantial') is required (Bemba et al. TJ paras. 90–93); assistance may come before, during or after."
    note "Assistance to the commission of *that* crime: given before it or during it (by its last day, for a continuing act); given after it only if agreed before it (reference §9.4 [M]). An undated contribution is not assumed to have come in time: the report names the date that would settle it."
    note "The contribution need not be a conditio sine qua non; it must have furthered, advanced or facilitated the offence (para. 94). The accessory need not be present, and may assist the principal or an intermediary perpetrator (para. 96)."

  element assistance objective
    "The accused aided, abetted or otherwise assisted in the commission of the crime, including by providing the means for its commission, and the assistance had an effect on its commission."
    when aiding_threshold == substantial
    requires contribution(by == accused, to == conduct.id, substantial == true, date <= conduct.until)
          or contribution(by == accused, to == conduct.id, substantial == true, agreed <= conduct.date)
          or contribution(by == accused, to == conduct.id, could_frustrate == true, date <= conduct.until)
          or contribution(by == accused, to == conduct.id, could_frustrate == true, agreed <= conduct.date)
    note "Given before the act or during it; after it only if agreed before it (reference §9.4 [M])."
    note "This reading: the assistance had a substantial effect on the commission of the crime (the ad hoc tribunals' test)."

  element purpose subjective
    "The accused acted for the purpose of facilitating the commission of the crime."
    requires mental_state(person == accused, state == "intended", about == "facilitation", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "Higher than art. 30: the accessory must act with the purpose of facilitating the crime (Bemba et al. TJ para. 97)."

  element awareness subjective
    "The accused was aware of the crime's commission and of the essential elements of the crime."
    requires mental_state(person == accused, state == "knew", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "'Double intent': besides the purpose of facilitating, the accessory must know (art. 30) of the principal's crime and intent [S: Yale summary of the Bemba et al. TJ]."
}

mode superior_responsibility "Responsibility of superiors other than military commanders" {
  article "28(b)"
  source "Rome Statute art. 28(b)"
  leading "No ICC conviction under art. 28(b) yet; the Putin warrant relies on it in the alternative (17 Mar 2023)."
  provenance "Statute V*; ICC reading M"
  note "Rome Statute art. 28(b): With respect to superior and subordinate relationships not described in paragraph (a), a superior shall be criminally responsible for crimes within the jurisdiction of the Court committed by subordinates under his or her effective authority and control, as a result of his or her failure to exercise control properly over such subordinates, where: (i) The superior either knew, or consciously disregarded information which clearly indicated, that the subordinates were committing or about to commit such crimes; (ii) The crimes concerned activities that were within the effective responsibility and control of the superior; and (iii) The superior failed to take all necessary and reasonable measures within his or her power to prevent or repress their commission or to submit the matter to the competent authorities for investigation and prosecution. [V*]"

  element subordinates objective
    "Crimes were committed by subordinates under the superior's effective authority and control."
    requires authority(superior == accused, over == conduct.by, effective == true, since <= conduct.until, until >= conduct.date)
          or authority(superior == accused, effective == true, since <= conduct.until, until >= conduct.date) as a
             and (organisation(id == conduct.by, id == a.over)
                  or organisation(id == conduct.by, part_of == a.over)
                  or position(holder == conduct.by, organisation == a.over, since <= conduct.until, until >= conduct.date)
                  or position(holder == conduct.by, since <= conduct.until, until >= conduct.date) as p
                     and organisation(id == p.organisation, part_of == a.over))
    note "Effective authority and control: the material ability to prevent or punish; it can be de facto. Shown by effective authority over those who carried out the conduct, or over the organisation of which they are a unit, or in which (or in a unit of which) they held a post."
    note "When the crimes were committed (Bemba Confirmation Decision, ICC-01/05-01/08-424, 15 Jun 2009; Bemba TJ, ICC-01/05-01/08-3343, 21 Mar 2016 [S/M, reference §9.4]): authority that ended before the act, or began after it, does not count. It must hold on the act's date, or at some time in the period of a continuing act; an authority or post without `since` is not assumed to have held then."

  element knowledge subjective
    "The superior either knew, or consciously disregarded information which clearly indicated, that the subordinates were committing or about to commit such crimes."
    requires mental_state(person == accused, state == "knew", about == "crimes_of_subordinates", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "disregarded", about == "crimes_of_subordinates", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "Knowledge held, or information disregarded, by the time of the act (or during a continuing act), about this act if the state of mind names one (reference §9.4)."
    note "Stricter than the military commander's 'should have known' (close to recklessness or wilful blindness) [M]."

  element activities objective
    "The crimes concerned activities that were within the effective responsibility and control of the superior."
    requires authority(superior == accused, over == conduct.by, effective == true, since <= conduct.until, until >= conduct.date)
          or authority(superior == accused, effective == true, since <= conduct.until, until >= conduct.date) as a
             and (organisation(id == conduct.by, id == a.over)
                  or organisation(id == conduct.by, part_of == a.over)
                  or position(holder == conduct.by, organisation == a.over, since <= conduct.until, until >= conduct.date)
                  or position(holder == conduct.by, since <= conduct.until, until >= conduct.date) as p
                     and organisation(id == p.organisation, part_of == a.over))
          or contribution(by == accused, to == conduct.id, kind == "approval", date <= conduct.until)
          or contribution(by == accused, to == conduct.id, kind == "organisation", date <= conduct.until)
          or contribution(by == accused, to == conduct.id, kind == "financing", date <= conduct.until)
          or contribution(by == accused, to == conduct.id, kind == "order", date <= conduct.until)
    provenance "V* (art. 28(b)(ii)); reading M"
    note "The activities in the course of which the subordinates committed the crimes fell within the superior's sphere of responsibility and control: shown by the superior's effective authority over those who carried out the conduct (or over the organisation in which they held a post) — the work they did under that authority — or by the superior's approving, organising, financing or ordering the activity, before the act or during it. Authority and posts at the time of the act, as for `subordinates`. No positive act of the superior is required: art. 28(b)(ii) speaks of the activities, not of the superior's participation in them, and art. 28 is liability for an omission (the failure to exercise control properly) [Statute V*; reading M]."
    unsettled "There is no ICC judgment under art. 28(b) (reference §2.11); how far 'activities within the effective responsibility and control of the superior' reaches beyond the subordinates' official functions (e.g. to off-duty conduct) is not settled."

  element failure objective
    "The superior failed to take all necessary and reasonable measures within his or her power to prevent or repress their commission or to submit the matter to the competent authorities for investigation and prosecution."
    requires omission(person == accused, regarding == conduct.id)

  element causation objective
    "The crimes were committed as a result of the superior's failure to exercise control properly over the subordinates."
    when superior_causation == risk_increase
    requires omission(person == accused, regarding == conduct.id, control_would_have == "reduced_the_risk")
          or omission(person == accused, regarding == conduct.id, control_would_have == "very_probably_prevented")
          or omission(person == accused, regarding == conduct.id, control_would_have == "prevented")
    note "This reading (Bemba PTC): it suffices that the failure increased the risk that the crimes would be committed."

  element causation objective
    "The crimes were committed as a result of the superior's failure to exercise control properly over the subordinates."
    when superior_causation == high_probability
    requires omission(person == accused, regarding == conduct.id, control_would_have == "very_probably_prevented")
          or omission(person == accused, regarding == conduct.id, control_would_have == "prevented")
    note "This reading: proper control would with high probability have prevented the crimes."

  element causation objective
    "The crimes were committed as a result of the superior's failure to exercise control properly over the subordinates."
    when superior_causation == but_for
    requires omission(person == accused, regarding == conduct.id, control_would_have == "prevented")
    note "This reading (the test the Bemba TC found 'clearly satisfied'): the crimes would not have been committed, or not in the same manner, had control been exercised properly."
}
