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

mode ordering "Ordering the commission of a crime" {
  article "25(3)(b)"
  source "Rome Statute art. 25(3)(b); Ntaganda TJ (TC VI, 8 Jul 2019); Ongwen TJ (TC IX, 4 Feb 2021); Blé Goudé Confirmation (PTC I, 11 Dec 2014)"
  leading "Ntaganda Trial Judgment (TC VI, ICC-01/04-02/06-2359, 8 Jul 2019)"
  provenance "Statute V*; elements M"
  note "Rome Statute art. 25(3)(b): Orders, solicits or induces the commission of such a crime which in fact occurs or is attempted; [V*]"
  note "The crime must in fact occur or be attempted (accessorial liability depends on the principal act): that is established by the crime's own elements."

  element instruction objective
    "The accused instructed another person, in any form, to commit a crime, or to act in a way that results in a crime."
    requires order(by == accused, concerns == conduct.id)
    provenance "M"

  element position_of_authority objective
    "The accused was in a position of authority, de jure or de facto, over the person ordered."
    requires authority(superior == accused, over == instruction.to)
    provenance "M"
    note "A formal superior-subordinate relationship is not required."

  element direct_effect objective
    "The order had a direct effect on the commission or attempted commission of the crime."
    requires transfer(id == conduct.id, by == instruction.to)
          or order(id == conduct.id, by == instruction.to)
          or recruitment(id == conduct.id, by == instruction.to)
          or military_use(id == conduct.id, by == instruction.to)
          or contribution(by == instruction.to, to == conduct.id)
          or authority(superior == instruction.to, over == conduct.by)
    provenance "M"
    note "A causal link, not 'but for'. Shown by the person ordered carrying out or contributing to the conduct, or passing it down to those under his or her authority who carried it out."

  element intent subjective
    "The accused meant the crime to be committed, or was aware that it would be committed in the ordinary course of events as a consequence of carrying out the order."
    requires mental_state(person == accused, state == "intended", about == "conduct")
          or mental_state(person == accused, state == "meant", about == "conduct")
          or mental_state(person == accused, state == "knew", about == "consequence")
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
    requires statement(by == accused, concerns == conduct.id, kind == "request")
          or statement(by == accused, concerns == conduct.id, kind == "encouragement")
          or statement(by == accused, concerns == conduct.id, kind == "persuasion")
          or statement(by == accused, concerns == conduct.id, kind == "promise_or_reward")
          or statement(by == accused, concerns == conduct.id, kind == "pressure")
    provenance "M"
    note "No authority over the person influenced is required."

  element direct_effect objective
    "The influence had a direct effect on the commission or attempted commission of the crime."
    requires transfer(id == conduct.id, by == influence.to)
          or order(id == conduct.id, by == influence.to)
          or recruitment(id == conduct.id, by == influence.to)
          or military_use(id == conduct.id, by == influence.to)
          or contribution(by == influence.to, to == conduct.id)
          or authority(superior == influence.to, over == conduct.by)
    provenance "M"
    note "Shown by the person addressed carrying out or contributing to the conduct, or having it carried out by those under his or her authority."

  element intent subjective
    "The accused intended that the crime be committed, or was aware that it would be committed in the ordinary course of events."
    requires mental_state(person == accused, state == "intended", about == "conduct")
          or mental_state(person == accused, state == "meant", about == "conduct")
          or mental_state(person == accused, state == "knew", about == "consequence")
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
    requires agreement(id == conduct.pursuant_to)
    provenance "M"
    note "Shown by the conduct being carried out under a plan or agreement of several persons. The accused need not be a member of the group."

  element group_contribution objective
    "The accused contributed to the commission of the crime in some way other than those in art. 25(3)(a) to (c)."
    when common_purpose_threshold == any
    requires contribution(by == accused, to == conduct.id)
    provenance "M"
    note "This reading: any contribution suffices."

  element group_contribution objective
    "The accused contributed to the commission of the crime in some way other than those in art. 25(3)(a) to (c)."
    when common_purpose_threshold == significant
    requires contribution(by == accused, to == conduct.id, substantial == true)
          or contribution(by == accused, to == conduct.id, could_frustrate == true)
    provenance "M"
    note "This reading (Mbarushimana PTC; Katanga TJ): an at least significant contribution, one that influences the occurrence or the manner of commission of the crime."

  element intentional subjective
    "The contribution was intentional: the accused meant to engage in the relevant conduct and was aware that it contributed to the activities of the group."
    requires mental_state(person == accused, state == "meant", about == "contribution")
    provenance "M"

  element aim_or_knowledge subjective
    "The contribution was made either (i) with the aim of furthering the criminal activity or criminal purpose of the group, or (ii) in the knowledge of the intention of the group to commit the crime."
    requires mental_state(person == accused, state == "intended", about == "common_plan")
          or mental_state(person == accused, state == "knew", about == "common_plan")
    provenance "Statute V*; M"
    note "Katanga was convicted under (ii)."
}
