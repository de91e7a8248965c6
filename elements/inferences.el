# Inferences chambers draw, declared once for every case (issue 18). EoC General Introduction,
# para. 3: "Existence of intent and knowledge can be inferred from relevant facts and
# circumstances." [M, shared/law/reference.md §1.0.2] An inferred fact has no evidence of its
# own: it rests on the facts it is drawn from, the weighing counts it as an inference (the
# standard's `inference` clause: alone at reasonable basis and reasonable grounds, only with
# corroboration at substantial grounds and beyond reasonable doubt), and the report names the
# inference and those facts. Evidence that the person did not know is answered by recording it
# against the facts the inference rests on, or by a contrary `mental_state` fact.

infer occupier_forces_aware_of_conflict "A member of the armed forces of an Occupying Power, serving while it occupies territory, knew the factual circumstances that established the armed conflict" {
  source "ICC Elements of Crimes, General Introduction, para. 3; GC IV art. 2(2) (an occupation is an international armed conflict)"
  provenance "EoC para. 3 M; GC IV art. 2(2) V (shared/law/reference.md §§1.0.2, 9.1); the inference itself is circumstantial, not a rule of law (issue 18)"
  note "Drawn from a post in the Occupying Power's national armed forces (`position` in an `organisation` of kind national_armed_forces whose `state` is the occupier) held while the occupation lasted (the post began before the occupation ended, and ended, if it did, after the occupation began)."
  conclude mental_state(person == p.holder, state == "knew", about == "armed_conflict", basis == "inferred: a member of the armed forces of the Occupying Power")
  from position as p and organisation(id == p.organisation, kind == "national_armed_forces") as o and occupation(occupier == o.state, since <= p.until, until >= p.since)
}
