# Inferences chambers draw, declared once for every case (issue 18). EoC General Introduction,
# para. 3: "Existence of intent and knowledge can be inferred from relevant facts and
# circumstances." [M, shared/law/reference.md §1.0.2] An inferred fact has no evidence of its
# own: it rests on the facts it is drawn from, the weighing counts it as an inference (the
# standard's `inference` clause: alone at reasonable basis and reasonable grounds, only with
# corroboration at substantial grounds and beyond reasonable doubt), and the report names the
# inference and those facts. Evidence that the person did not know is answered by recording it
# against the facts the inference rests on, or by a contrary `mental_state` fact.

infer occupier_forces_aware_of_conflict "A member of the armed forces of an Occupying Power who took up a post there while it occupied territory knew, from that day, the factual circumstances that established the armed conflict" {
  source "ICC Elements of Crimes, General Introduction, para. 3; GC IV art. 2(2) (an occupation is an international armed conflict)"
  provenance "EoC para. 3 M; GC IV art. 2(2) V (shared/law/reference.md §§1.0.2, 9.1); the inference itself is circumstantial, not a rule of law (issue 18)"
  note "Drawn from a post in the Occupying Power's national armed forces (`position` in an `organisation` of kind national_armed_forces whose `state` is the occupier) that began while the occupation lasted; the knowledge is dated from the post's first day (a state of mind counts for an act only if shown by its date, reference §9.4). An undated post infers nothing."
  conclude mental_state(person == p.holder, state == "knew", about == "armed_conflict", date == p.since, basis == "inferred: a member of the armed forces of the Occupying Power, serving during the occupation")
  from position as p and organisation(id == p.organisation, kind == "national_armed_forces") as o and occupation(occupier == o.state, since <= p.since, until >= p.since)
}

infer occupier_forces_aware_of_conflict_at_start "A member of the armed forces of an Occupying Power who held a post there when the occupation began knew, from that day, the factual circumstances that established the armed conflict" {
  source "ICC Elements of Crimes, General Introduction, para. 3; GC IV art. 2(2) (an occupation is an international armed conflict)"
  provenance "EoC para. 3 M; GC IV art. 2(2) V (shared/law/reference.md §§1.0.2, 9.1); the inference itself is circumstantial, not a rule of law (issue 18)"
  note "As occupier_forces_aware_of_conflict, for a post held before the occupation began and still held on its first day; the knowledge is dated from that first day."
  conclude mental_state(person == p.holder, state == "knew", about == "armed_conflict", date == occ.since, basis == "inferred: a member of the armed forces of the Occupying Power, serving when the occupation began")
  from position as p and organisation(id == p.organisation, kind == "national_armed_forces") as o and occupation(occupier == o.state, since > p.since, since <= p.until) as occ
}
