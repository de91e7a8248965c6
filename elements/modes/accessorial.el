# Accessorial modes under art. 25(3)(b)–(d), besides aiding and abetting (participation.el):
# ordering, soliciting or inducing, and contribution to a group acting with a common purpose.
# Source: shared/law/reference.md §§2.6, 2.8.
#
# `direct_effect` and `crime_committed` name each fact type that can be a crime's conduct
# (transfer, order, recruitment, military_use): a new conduct fact type must be added there.
#
# Ordering: the instruction is listed before the position of authority (reference §2.6 lists
# authority first) because the authority element joins on the instruction, and the compiler
# resolves a mode element's joins only on elements declared before it.
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

mode ordering "Ordering the commission of a crime" {
  article "25(3)(b)"
  source "Rome Statute art. 25(3)(b); Ntaganda TJ (TC VI, 8 Jul 2019); Ongwen TJ (TC IX, 4 Feb 2021); Blé Goudé Confirmation (PTC I, 11 Dec 2014)"
  leading "Ntaganda Trial Judgment (TC VI, ICC-01/04-02/06-2359, 8 Jul 2019)"
  provenance "Statute V*; elements M"
  note "Rome Statute art. 25(3)(b): Orders, solicits or induces the commission of such a crime which in fact occurs or is attempted; [V*]"
  note "The crime must in fact occur or be attempted (accessorial liability depends on the principal act): that is established by the crime's own elements."

  element instruction objective
    "The accused instructed another person, in any form, to commit a crime, or to act in a way that results in a crime."
    requires order(by == accused, concerns == conduct.id, date <= conduct.date)
    provenance "M"
    note "An order must precede the act it caused (reference §9.4 [M]): given on or before the act's date. An undated order is not assumed to have come first: the report names the date that would settle it."

  element position_of_authority objective
    "The accused was in a position of authority, de jure or de facto, over the person ordered."
    requires authority(superior == accused, over == instruction.to, during instruction.date)
          or authority(superior == accused, during instruction.date) as a
             and (organisation(id == instruction.to, part_of == a.over)
                  or position(holder == instruction.to, organisation == a.over, during instruction.date)
                  or position(holder == instruction.to, during instruction.date) as p
                     and organisation(id == p.organisation, part_of == a.over))
    provenance "M"
    note "A formal superior-subordinate relationship is not required."
    note "Shown by authority over the person or unit ordered, or over the organisation of which the unit ordered is a part, or in which (or in a unit of which) the person ordered held a post: a unit belongs to its organisation (reference §9.5)."
    note "When the order was given (reference §9.4): authority that ended before it, or began after it, does not count; an authority without `since` is not assumed to have held then."

  element direct_effect objective
    "The order had a direct effect on the commission or attempted commission of the crime."
    requires transfer(id == conduct.id, by == instruction.to)
          or order(id == conduct.id, by == instruction.to)
          or recruitment(id == conduct.id, by == instruction.to)
          or military_use(id == conduct.id, by == instruction.to)
          or contribution(by == instruction.to, to == conduct.id, date <= conduct.until)
          or authority(superior == instruction.to, over == conduct.by, since <= conduct.until, until >= conduct.date)
    provenance "M"
    note "A causal link, not 'but for'. Shown by the person ordered carrying out or contributing to the conduct, or passing it down to those under his or her authority who carried it out — a contribution made before the act or during it, an authority that held at the time of the act (reference §9.4)."

  element intent subjective
    "The accused meant the crime to be committed, or was aware that it would be committed in the ordinary course of events as a consequence of carrying out the order."
    requires mental_state(person == accused, state == "intended", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "meant", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "consequence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"
}

mode soliciting_inducing "Soliciting or inducing the commission of a crime" {
  article "25(3)(b)"
  source "Rome Statute art. 25(3)(b); Bemba et al. TJ (TC VII, 19 Oct 2016); Blé Goudé Confirmation (PTC I, 11 Dec 2014)"
  leading "Bemba et al. Trial Judgment (TC VII, ICC-01/05-01/13-1989-Red, 19 Oct 2016): Kilolo convicted of inducing the false testimony of 14 defence witnesses"
  provenance "Statute V*; elements M; Bemba et al. S: Yale Law School case summary"
  note "Rome Statute art. 25(3)(b): Orders, solicits or induces the commission of such a crime which in fact occurs or is attempted; [V*]"
  note "The crime must in fact occur or be attempted: that is established by the crime's own elements."

  element influence objective
    "The accused exerted influence over another person to commit a crime, by prompting, urging or encouraging (soliciting), or by persuading or creating a motive (inducing)."
    requires statement(by == accused, concerns == conduct.id, kind == "request", date <= conduct.date)
          or statement(by == accused, concerns == conduct.id, kind == "encouragement", date <= conduct.date)
          or statement(by == accused, concerns == conduct.id, kind == "persuasion", date <= conduct.date)
          or statement(by == accused, concerns == conduct.id, kind == "promise_or_reward", date <= conduct.date)
          or statement(by == accused, concerns == conduct.id, kind == "pressure", date <= conduct.date)
    provenance "M"
    note "No authority over the person influenced is required."
    note "The influence must precede the act it caused (reference §9.4 [M]): exerted on or before the act's date. An undated statement is not assumed to have come first."

  element direct_effect objective
    "The influence had a direct effect on the commission or attempted commission of the crime."
    requires transfer(id == conduct.id, by == influence.to)
          or order(id == conduct.id, by == influence.to)
          or recruitment(id == conduct.id, by == influence.to)
          or military_use(id == conduct.id, by == influence.to)
          or contribution(by == influence.to, to == conduct.id, date <= conduct.until)
          or authority(superior == influence.to, over == conduct.by, since <= conduct.until, until >= conduct.date)
    provenance "M"
    note "Shown by the person addressed carrying out or contributing to the conduct, or having it carried out by those under his or her authority at the time of the act (reference §9.4)."

  element intent subjective
    "The accused intended that the crime be committed, or was aware that it would be committed in the ordinary course of events."
    requires mental_state(person == accused, state == "intended", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "meant", about == "conduct", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "consequence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"
}

mode common_purpose "Contribution to the commission of a crime by a group acting with a common purpose" {
  article "25(3)(d)"
  source "Rome Statute art. 25(3)(d); Mbarushimana Confirmation (PTC I, 16 Dec 2011); Katanga TJ (TC II, 7 Mar 2014)"
  leading "Katanga Trial Judgment (TC II, ICC-01/04-01/07-3436-tENG, 7 Mar 2014): convicted under art. 25(3)(d)(ii)"
  provenance "Statute V*; elements M (as synthesised in the Katanga TJ and the Mbarushimana PTC)"
  note "Rome Statute art. 25(3)(d): In any other way contributes to the commission or attempted commission of such a crime by a group of persons acting with a common purpose. Such contribution shall be intentional and shall either: (i) Be made with the aim of furthering the criminal activity or criminal purpose of the group, where such activity or purpose involves the commission of a crime within the jurisdiction of the Court; or (ii) Be made in the knowledge of the intention of the group to commit the crime; [V*]"
  note "Katanga TJ facts [M]: the attack on Bogoro village (Ituri, DRC) on 24 Feb 2003; Katanga was convicted as an accessory (murder, attacking civilians, destruction of property, pillaging) and sentenced to 12 years (23 May 2014)."

  element crime_committed objective
    "A crime within the jurisdiction of the Court was committed or attempted."
    requires transfer(id == conduct.id)
          or order(id == conduct.id)
          or recruitment(id == conduct.id)
          or military_use(id == conduct.id)
    provenance "M"
    note "Established in full by the crime's own elements; here it names the conduct."

  element group_common_purpose objective
    "The persons who committed the crime belonged to a group acting with a common purpose, that is a plurality of persons sharing a common purpose that includes the commission of the crime."
    requires agreement(id == conduct.pursuant_to) as g and not agreement(id == g.id, date > conduct.date)
    provenance "M"
    note "Shown by the conduct being carried out under a plan or agreement of several persons: the plan this act implemented (a plan dated after the act cannot be it). The accused need not be a member of the group."

  element group_contribution objective
    "The accused contributed to the commission of the crime in some way other than those in art. 25(3)(a) to (c)."
    when common_purpose_threshold == any
    requires contribution(by == accused, to == conduct.id, date <= conduct.until)
    provenance "M"
    note "This reading: any contribution suffices."
    note "To the crime the group committed (art. 25(3)(d) [V*]): made before it or during it (reference §9.4); an undated contribution is not assumed to have come in time."

  element group_contribution objective
    "The accused contributed to the commission of the crime in some way other than those in art. 25(3)(a) to (c)."
    when common_purpose_threshold == significant
    requires contribution(by == accused, to == conduct.id, substantial == true, date <= conduct.until)
          or contribution(by == accused, to == conduct.id, could_frustrate == true, date <= conduct.until)
    provenance "M"
    note "This reading (Mbarushimana PTC; Katanga TJ): an at least significant contribution, one that influences the occurrence or the manner of commission of the crime."

  element intentional subjective
    "The contribution was intentional: the accused meant to engage in the relevant conduct and was aware that it contributed to the activities of the group."
    requires mental_state(person == accused, state == "meant", about == "contribution", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "M"

  element aim_or_knowledge subjective
    "The contribution was made either (i) with the aim of furthering the criminal activity or criminal purpose of the group, or (ii) in the knowledge of the intention of the group to commit the crime."
    requires mental_state(person == accused, state == "intended", about == "common_plan", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == accused, state == "knew", about == "common_plan", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    provenance "Statute V*; M"
    note "Katanga was convicted under (ii)."
}
