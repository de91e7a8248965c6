# The fact vocabulary: what investigators record, in neutral terms. Facts describe what
# happened; they never say that a legal element is met — that is the engine's job.

fact group "A group of persons affected by the events (for example, children from a town)." {
  description: text "Who they are, as the sources describe them"
  nationality: text? "Their nationality (e.g. Ukrainian)"
  count: int? "How many persons, if known"
  under_18: bool? "Whether all of them were under 18 at the time"
  civilian: bool? "Whether they were civilians (not members of armed forces)"
}

fact transfer "Persons were moved from one place to another." {
  persons: ref "The group moved (the id of a `group` fact)"
  count: int? "How many persons were moved in this transfer"
  origin: text "Where they were taken from (town, region)"
  origin_territory: text? "The territory they were taken from, named as in an `occupation` fact"
  destination: text "Where they were taken to"
  destination_state: text? "The State of destination"
  cross_border: bool "Whether they were taken across an international border"
  by: ref? "Who carried out the transfer (an organisation or person)"
  date: date? "When it happened (first day, if it lasted)"
}

fact occupation "A territory was actually placed under the authority of a hostile army (art. 42 Hague Regulations)." {
  territory: text "The territory, as named in transfers from it"
  occupier: text "The State whose forces exercise authority there"
  since: date? "Since when"
}

fact armed_conflict "An armed conflict existed." {
  parties: text "The parties (States or organised armed groups)"
  character: one of ("international", "non-international") "International (between States, including occupation) or not"
  since: date? "Since when"
}

fact mental_state "What a person knew or intended, as shown by what they said, did or were told." {
  person: ref "Whose state of mind (an accused, organisation or person id)"
  state: one of ("knew", "intended", "meant", "disregarded") "Knew / intended a result / meant to engage in conduct / consciously disregarded information"
  about: one of ("armed_conflict", "protected_status", "occupation", "conduct", "consequence", "common_plan", "essential_role", "facilitation", "crimes_of_subordinates", "age") "What it concerned"
  basis: text? "On what it is based (statement, briefing, visit ...)"
}

fact agreement "Two or more persons agreed on, or acted on, a common plan." {
  parties: ref[] "Who took part (accused, organisation or person ids)"
  aim: text "What the plan was"
  date: date? "When it was agreed or first acted on"
}

fact contribution "A person or organisation contributed to an event (financing, approval, organisation, transport, hosting ...)." {
  by: ref "Who contributed"
  to: ref "The event contributed to (the id of a fact, e.g. a transfer)"
  kind: one of ("approval", "financing", "organisation", "transport", "hosting", "order", "other") "What the contribution was"
  could_frustrate: bool? "Whether withholding it could have stopped the event (investigator's assessment)"
}

fact authority "A person had authority over others (de jure or de facto)." {
  superior: ref "Who had the authority"
  over: ref "Over whom (a person or organisation id)"
  effective: bool "Whether it was effective: the material ability to prevent or punish"
  basis: text? "Where it came from (office, law, practice)"
}

fact omission "A person with a duty to act took no, or inadequate, measures." {
  person: ref "Who failed to act"
  regarding: ref "The event concerned (the id of a fact)"
  measures_taken: text? "What, if anything, was done"
}
