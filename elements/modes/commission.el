# Commission under art. 25(3)(a), besides co-perpetration (participation.el): direct
# perpetration, indirect perpetration and indirect co-perpetration. Source:
# shared/law/reference.md §§2.2, 2.4, 2.5. ICC theory [M]: principals are distinguished from
# accessories by control over the crime — direct perpetrators control the act itself,
# co-perpetrators control it jointly, indirect perpetrators control the will of those who
# carry it out.
#
# `direct_perpetration` names each fact type that can be a crime's conduct (transfer, order,
# recruitment, military_use): a new conduct fact type must be added there.
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

mode direct_perpetration "Direct perpetration (committing a crime as an individual)" {
  article "25(3)(a)"
  source "Rome Statute art. 25(3)(a); Lubanga Confirmation (PTC I, 29 Jan 2007)"
  leading "Lubanga Confirmation Decision (PTC I, ICC-01/04-01/06-803-tEN, 29 Jan 2007): control over the crime distinguishes principals from accessories"
  provenance "Statute V*; doctrine M"
  mind "accused"
  note "Whose mind: under art. 25(3)(a) the crime's mental elements (art. 30, awareness of the protected status, of the armed conflict, of the attack, any special intent) are met by the accused's own state of mind, not by that of those who physically carried out the conduct (Lubanga Confirmation Decision, PTC I, 29 Jan 2007; Katanga & Ngudjolo Confirmation Decision, PTC I, 30 Sep 2008; reference §§2.2–2.5, the subjective elements) [M for paragraph numbers]."
  note "Rome Statute art. 25(3)(a): [a person shall be criminally responsible ... if that person] Commits such a crime, whether as an individual, jointly with another or through another person, regardless of whether that other person is criminally responsible; [V*]"

  element personal_commission objective
    "The accused personally carried out the material elements of the crime (physical perpetration)."
    requires transfer(id == conduct.id, by == accused)
          or order(id == conduct.id, by == accused)
          or recruitment(id == conduct.id, by == accused)
          or military_use(id == conduct.id, by == accused)
    provenance "M"
    note "Control over the crime by doing it oneself. Shown by the accused being the one who carried out the conduct bound to the crime's conduct element; the crime's own mental and awareness elements are then the accused's."

  element intent subjective
    "The accused fulfilled the mental elements of the crime: art. 30 (meant to engage in the conduct, and meant to cause the consequence or was aware that it would occur in the ordinary course of events), or the special standard the crime sets."
    requires mental_state(person == accused, state == "meant", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "consequence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"
    note "The special standards ('should have known' in arts. 6(e), 8(2)(b)(xxvi) and 8(2)(e)(vii); genocidal intent) and the awareness of the contextual facts are the crime's own mental elements, assessed for the accused (`mind \"accused\"`)."
}

mode indirect_perpetration "Indirect perpetration (committing a crime through another person)" {
  article "25(3)(a)"
  source "Rome Statute art. 25(3)(a); Katanga & Ngudjolo Confirmation (PTC I, 30 Sep 2008); Al Bashir first warrant decision (4 Mar 2009); Ntaganda TJ/AJ; Ongwen TJ/AJ"
  leading "Katanga & Ngudjolo Confirmation Decision (PTC I, ICC-01/04-01/07-717, 30 Sep 2008)"
  provenance "M; Organisationsherrschaft S: Human Rights Journal 2024 abstract (\"the leader's capacity to assure (quasi) automatic compliance with orders through his dominance over an organisation\")"
  mind "accused"
  note "Whose mind: under art. 25(3)(a) the crime's mental elements (art. 30, awareness of the protected status, of the armed conflict, of the attack, any special intent) are met by the accused's own state of mind, not by that of those who physically carried out the conduct (Lubanga Confirmation Decision, PTC I, 29 Jan 2007; Katanga & Ngudjolo Confirmation Decision, PTC I, 30 Sep 2008; reference §§2.2–2.5, the subjective elements) [M for paragraph numbers]."
  note "Rome Statute art. 25(3)(a): 'through another person, regardless of whether that other person is criminally responsible' [V*]."
  note "Encoded: the variant through an organised and hierarchical apparatus of power, the one ICC chambers apply. Control of the will of a single direct perpetrator used as a tool (without an organisation) is shown by the first element only; argue it separately."

  element control_of_organisation objective
    "The accused controlled the will of those who carried out the crime, whether or not they are criminally responsible, by exercising control over the organisation (the authority to issue orders within it)."
    requires authority(superior == accused, effective == true, since <= conduct.until, until >= conduct.date) as a
         and (organisation(id == conduct.by, id == a.over)
              or organisation(id == conduct.by, part_of == a.over)
              or position(holder == conduct.by, organisation == a.over, since <= conduct.until, until >= conduct.date)
              or position(holder == conduct.by, since <= conduct.until, until >= conduct.date) as p
                 and organisation(id == p.organisation, part_of == a.over))
    provenance "M"
    note "Shown by effective authority, at the time of the act, over the organisation that carried out the conduct, over the organisation of which the unit that carried it out is a part, or over the organisation (or a unit of it) in which those who carried it out held a post at the time."
    note "One organisation (Katanga & Ngudjolo Confirmation Decision, ICC-01/04-01/07-717, 30 Sep 2008, paras 500–518 [S, reference §9.5]): the accused's control over *the* organisation whose members carried out the act. The organisation bound here (the authority's `over`) is the one the hierarchy and the automatic compliance below are about. A unit belongs to its organisation (`part_of`): conduct of the unit's members is conduct of the organisation's members."
    note "At the time of the act (reference §9.4 [S/M]): the authority, and the post of whoever carried out the act, must hold on the act's date, or at some time in the period of a continuing act (`until` on the act). An authority or post without `since` is not assumed to have held then: the report names the date that would settle it."

  element hierarchical_apparatus objective
    "The organisation was an organised and hierarchical apparatus of power."
    requires organisation(id == control_of_organisation.over, hierarchy == true)
    provenance "M"
    note "The organisation the accused controlled, whose members carried out the act (`control_of_organisation`)."

  element automatic_compliance objective
    "The execution of the crime was secured by almost automatic compliance with the accused's orders."
    requires organisation(id == hierarchical_apparatus.id, members_replaceable == true)
          or organisation(id == hierarchical_apparatus.id, obedience_enforced == true)
    provenance "M"
    note "Almost automatic compliance can come from the fungibility of subordinates (one who refuses is replaced) or from other means such as intensive, strict and violent training, or a payment or punishment regime."
    note "Of the members of the same organisation: the one the accused controlled, whose members carried out the act, and which is hierarchical (`hierarchical_apparatus`, which joins on `control_of_organisation`). An organisation with replaceable members that is not the hierarchical one the accused controlled does not count [S: reference §9.5]."

  element intent subjective
    "The accused fulfilled the mental elements of the crime (art. 30, plus any special intent)."
    requires mental_state(person == accused, state == "meant", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "consequence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"

  element aware_control subjective
    "The accused was aware of the factual circumstances that gave him or her control over the crime through the organisation: his or her position and the organisation's character."
    requires mental_state(person == accused, state == "knew", about == "control_over_organisation", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"
}

mode indirect_co_perpetration "Indirect co-perpetration (committing a crime jointly with others, through an organisation)" {
  article "25(3)(a)"
  source "Rome Statute art. 25(3)(a); Katanga & Ngudjolo Confirmation (PTC I, 30 Sep 2008, recalled as paras. 500–539)"
  leading "Katanga & Ngudjolo Confirmation Decision (PTC I, ICC-01/04-01/07-717, 30 Sep 2008)"
  provenance "M"
  mind "accused"
  note "Whose mind: under art. 25(3)(a) the crime's mental elements (art. 30, awareness of the protected status, of the armed conflict, of the attack, any special intent) are met by the accused's own state of mind, not by that of those who physically carried out the conduct (Lubanga Confirmation Decision, PTC I, 29 Jan 2007; Katanga & Ngudjolo Confirmation Decision, PTC I, 30 Sep 2008; reference §§2.2–2.5, the subjective elements) [M for paragraph numbers]."
  note "Co-perpetration (horizontal) combined with indirect perpetration (vertical): co-perpetrators each use their own organisation to carry out a common plan, and the contributions of one through his or her organisation are attributed to the others. Later used in Ruto & Sang, Kenyatta, Ntaganda, Ongwen, Al Hassan and Blé Goudé [M]."
  note "Outcome for test data: the Katanga TC did not convict on this theory; it recharacterised the mode under Regulation 55 to art. 25(3)(d)(ii), over Judge Van den Wyngaert's dissent. The Ngudjolo TC acquitted [M]. The Putin warrant charges 'directly, jointly with others and/or through others' (ICC press release, 17 March 2023)."

  element common_plan objective
    "The accused was part of a common plan or agreement with one or more persons."
    requires agreement(parties has accused, id == conduct.pursuant_to) as g and not agreement(id == g.id, date > conduct.date)
    provenance "M"
    note "The common plan that *this* act implemented (`pursuant_to` on the conduct fact), to which the accused was a party: an agreement of the accused that the act did not implement does not count (Katanga & Ngudjolo Confirmation Decision, ICC-01/04-01/07-717, paras 500–518 [S, reference §9.5]). A plan dated after the act cannot be the one it implemented."

  element coordinated_contributions objective
    "The accused and the other co-perpetrators carried out essential contributions in a coordinated manner which resulted in the fulfilment of the material elements of the crime."
    requires contribution(by == accused, to == conduct.id, could_frustrate == true, date <= conduct.until)
          or contribution(by == accused, to == common_plan.id, could_frustrate == true, date <= conduct.until)
          or contribution(by == automatic_compliance.id, to == conduct.id, could_frustrate == true, date <= conduct.until)
          or contribution(by == automatic_compliance.id, to == common_plan.id, could_frustrate == true, date <= conduct.until)
          or organisation(part_of == automatic_compliance.id) as u and contribution(by == u.id, to == conduct.id, could_frustrate == true, date <= conduct.until)
          or organisation(part_of == automatic_compliance.id) as u and contribution(by == u.id, to == common_plan.id, could_frustrate == true, date <= conduct.until)
    provenance "M"
    note "Shown by an essential contribution of the accused, made personally or through the organisation he or she controlled at the time of the act (or a unit of it), to this act or to the common plan it implemented (`common_plan`). The others' contributions are attributed to the accused and are not checked here."
    note "One organisation (Katanga & Ngudjolo Confirmation Decision, ICC-01/04-01/07-717, 30 Sep 2008, paras 500–518 [S, reference §9.5]): a contribution made through an organisation counts only if it is the organisation of the vertical elements below — the one the accused controlled (`control_of_organisation`), which is a hierarchical apparatus (`hierarchical_apparatus`) whose members comply almost automatically (`automatic_compliance`, on which this element joins). A contribution through one organisation does not combine with control, hierarchy and compliance found in another. That organisation may be the one whose members carried out the act, or the accused's own organisation through which he or she contributed to the plan this act implemented: in indirect co-perpetration the contributions of one co-perpetrator through his or her organisation are attributed to the others (reference §2.5 [M])."
    note "In time (reference §9.4): made before the act or during it (by its last day, for a continuing act); an undated contribution is not assumed to have come before the act."

  element control_of_organisation objective
    "The accused had control over the organisation."
    requires authority(superior == accused, effective == true, since <= conduct.until, until >= conduct.date) as a
         and (organisation(id == conduct.by, id == a.over)
              or organisation(id == conduct.by, part_of == a.over)
              or position(holder == conduct.by, organisation == a.over, since <= conduct.until, until >= conduct.date)
              or position(holder == conduct.by, since <= conduct.until, until >= conduct.date) as p
                 and organisation(id == p.organisation, part_of == a.over)
              or contribution(by == a.over, to == conduct.id, date <= conduct.until)
              or contribution(by == a.over, to == conduct.pursuant_to, date <= conduct.until))
    provenance "M"
    note "Shown by effective authority, at the time of the act, over the organisation that carried out the conduct (or of which the unit that carried it out is a part), over the organisation (or a unit of it) in which those who carried it out held a post at the time, or over an organisation that contributed to the act or to the plan it implemented: in indirect co-perpetration each co-perpetrator may act through his or her own organisation."
    note "One organisation (Katanga & Ngudjolo Confirmation Decision, ICC-01/04-01/07-717, 30 Sep 2008, paras 500–518 [S, reference §9.5]): the organisation bound here (the authority's `over`) is the one the hierarchy and the automatic compliance below are about, and the one through which a coordinated contribution made through an organisation must run (`coordinated_contributions`). A unit belongs to its organisation (`part_of`): conduct of the unit's members is conduct of the organisation's members."
    note "At the time of the act (reference §9.4 [S/M]): the authority, and the post of whoever carried out the act, must hold on the act's date, or at some time in the period of a continuing act (`until` on the act). An authority or post without `since` is not assumed to have held then: the report names the date that would settle it."

  element hierarchical_apparatus objective
    "The organisation consisted of an organised and hierarchical apparatus of power."
    requires organisation(id == control_of_organisation.over, hierarchy == true)
    provenance "M"
    note "The organisation the accused controlled (`control_of_organisation`)."

  element automatic_compliance objective
    "Execution of the crime was secured by almost automatic compliance with the accused's orders."
    requires organisation(id == hierarchical_apparatus.id, members_replaceable == true)
          or organisation(id == hierarchical_apparatus.id, obedience_enforced == true)
    provenance "M"
    note "Of the members of the same organisation: the one the accused controlled and which is hierarchical (`hierarchical_apparatus`, which joins on `control_of_organisation`) [S: reference §9.5]."

  element intent subjective
    "The accused satisfied the subjective elements of the crime."
    requires mental_state(person == accused, state == "meant", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "consequence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"

  element mutual_awareness subjective
    "The accused and the other co-perpetrators were mutually aware and accepted that implementing the common plan would result in the fulfilment of the material elements of the crime."
    requires mental_state(person == accused, state == "knew", about == "common_plan", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"
    note "Shown here by the accused's own awareness; the other co-perpetrators' awareness is not checked separately."

  element aware_control subjective
    "The accused was aware of the factual circumstances enabling him or her to exercise joint control over the crime through another person or persons."
    requires mental_state(person == accused, state == "knew", about == "control_over_organisation", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"
}
