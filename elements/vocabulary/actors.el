# Who acted: natural persons, organisations (State organs, armed forces and groups, companies,
# foundations, charities) and the offices or ranks persons held in them. Modes of liability
# read these to link an accused to the people who carried out the conduct; the contextual
# elements of war crimes read them to link the conduct to a party to the conflict.

fact person "A natural person named in the evidence (a victim, a perpetrator, an official)." {
  name: text "The person's name, as the sources give it"
  nationality: text? "Nationality (e.g. Ukrainian)"
  born: date? "Date of birth, if known"
  age: int? "Age in years at the time of the events concerned, if known"
  civilian: bool? "Whether a civilian (not a member of armed forces)"
}

fact organisation "An organisation: a State organ, armed force or armed group, company, foundation, charity or other body." {
  name: text "Its name, as the sources give it"
  kind: one of ("state_organ", "national_armed_forces", "armed_group", "intergovernmental", "company", "foundation", "charity", "other") "What kind of body it is (national_armed_forces: the armed forces of a State; armed_group: an organised armed group not of a State)"
  state: text? "The State it is an organ of, or acts for (e.g. Russia)"
  party_to: ref? "The armed conflict in which it is a party, or fights for a party (the id of an `armed_conflict` fact)"
  hierarchy: bool? "Whether it has a formal hierarchy: ranks, a chain of command, reporting lines"
  members: int? "How many members, if known"
  members_replaceable: bool? "Whether a member who refused an order would readily be replaced by another (its size, reserves)"
  obedience_enforced: bool? "Whether obedience is secured by strict or violent training, discipline, punishment or payment"
  # one organisation (issue 18, reference §9.5): a unit belongs to its organisation
  part_of: ref? "The organisation it is a unit of (a brigade of an armed group, a department of an administration: the id of an `organisation` fact): conduct of the unit's members is conduct of that organisation's members"
}

fact position "A person held an office, rank or post, de jure or de facto." {
  holder: ref "Who held it (a person or accused id)"
  title: text "The office, rank or post, as the sources name it"
  organisation: ref? "In which organisation (the id of an `organisation` fact)"
  state: text? "The State whose office it is, if a State office"
  military: bool? "Whether it is a military command or rank (including a de facto commander of an armed group)"
  de_facto: bool? "Whether it was held in fact rather than by formal appointment"
  since: date? "Since when"
  until: date? "Until when, if it ended"
}
