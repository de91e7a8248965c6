# The fact vocabulary: what investigators record, in neutral terms. Facts describe what
# happened; they never say that a legal element is met — that is the engine's job.
#
# This file holds the core types of the first slice (persons moved, occupation, armed conflict,
# states of mind, plans, contributions, authority, omissions). More types are in vocabulary/:
# actors.el (persons, organisations, positions), events.el (orders, statements, recruitment,
# coercion, consent, placement), context.el (courses of conduct, policies, communities, the
# security situation, information available to a person).
#
# Conventions. An attribute of type `ref` holds the id of another fact, of an accused, or of a
# person or organisation. Places are text, named the same way across facts ("Russian-occupied
# territory of Ukraine"), because elements compare them. States are named by their short
# English name ("Ukraine", "Belarus", "Russia"), as in the `state` declarations of states.el.
# Every fact that can be the conduct of a crime (transfer, order, recruitment, military_use)
# has `by`, `date`, `origin_territory`, `part_of` and `pursuant_to`, because the shared
# contextual elements and the modes of liability read them whatever the crime.

fact group "A group of persons affected by the events (for example, children from a town). A single person may be a group of one." {
  description: text "Who they are, as the sources describe them"
  nationality: text? "Their nationality (e.g. Ukrainian)"
  nationals_of: text? "The State whose nationals they are, named as States are named elsewhere (e.g. Ukraine, Russia)"
  member_of: ref? "The national, ethnical, racial or religious group they belong to (the id of a `community` fact)"
  count: int? "How many persons, if known"
  under_18: bool? "Whether all of them were under 18 at the time"
  under_15: bool? "Whether all of them were under 15 at the time"
  max_age: int? "The age in years of the oldest of them at the time of the events, if known"
  civilian: bool? "Whether they were civilians (not members of armed forces)"
  # -- status of persons (GC IV art. 4; shared/law/reference.md §9.2) --
  allegiance: text? "The State they owe allegiance to, where the evidence shows it differs from their formal nationality (ethnic allegiance; refugees without the protection of their State of nationality); read only under the option protected_persons = allegiance (Tadić AJ paras 164–166)"
}

fact transfer "Persons were moved from one place to another (a deportation is a transfer across an international border)." {
  persons: ref "The group moved (the id of a `group` fact)"
  count: int? "How many persons were moved in this transfer"
  origin: text "Where they were taken from (town, region)"
  origin_territory: text? "The territory they were taken from, named as in an `occupation` fact"
  origin_state: text? "The State on whose territory the transfer started (e.g. Ukraine)"
  destination: text "Where they were taken to"
  destination_territory: text? "The territory they were taken to, named as in an `occupation` fact (for moves into occupied territory)"
  destination_state: text? "The State of destination"
  cross_border: bool "Whether they were taken across an international border"
  by: ref? "Who carried out the transfer (an organisation or person)"
  date: date? "When it happened (first day, if it lasted)"
  # links in time (issue 18, reference §9.4): a removal that lasted has a period
  until: date? "The last day, if the removal lasted (persons taken over several days, or held away over a period): the links of the modes of liability may fall anywhere in the period"
  purpose: one of ("evacuation_from_danger", "military_operations", "medical_treatment", "rest_and_recreation", "education", "re_education", "adoption_or_guardianship", "settlement", "punishment", "other")? "The purpose the transfer actually served, as the evidence shows it (not merely the purpose announced)"
  lived_at_origin: bool? "Whether the persons were living at the place they were taken from (their homes, the institution they lived in, or where they had found refuge)"
  part_of: ref? "A wider course of conduct it belonged to (the id of a `course_of_conduct` fact)"
  pursuant_to: ref? "The plan or agreement under which it was carried out (the id of an `agreement` fact)"
  conflict: ref? "The armed conflict it belonged to (the id of an `armed_conflict` fact), where the evidence ties it to one: then only that conflict gives it its context"
  # -- evacuations (GC IV art. 49(2); shared/law/reference.md §9.3) --
  outside_unavoidable: bool? "Whether, for material reasons, it was impossible to avoid taking the persons outside the occupied territory (GC IV art. 49(2)): an evacuation may go outside it only then"
}

fact occupation "A territory was actually placed under the authority of a hostile army (art. 42 Hague Regulations)." {
  territory: text "The territory, as named in transfers from it"
  occupier: text "The State whose forces exercise authority there"
  since: date? "Since when"
  until: date? "Until when, if it has ended"
}

fact armed_conflict "An armed conflict existed, with one character over a period (a conflict whose character changed is recorded as one fact per period, e.g. international until 2 June 2003, non-international after)." {
  parties: text "The parties (States or organised armed groups)"
  character: one of ("international", "non-international") "International (between States, including occupation) or not"
  since: date? "Since when (a war crime's act counts for the conflict only from this date)"
  until: date? "Until when, if it has ended (or its character changed)"
}

fact participation "An organisation took part in an armed conflict as a party, or fought for one, over a period: one fact per conflict, so that an organisation can be party to several." {
  party: ref "Who took part (the id of an `organisation` fact)"
  conflict: ref "In which armed conflict (the id of an `armed_conflict` fact)"
  since: date? "Since when"
  until: date? "Until when, if it ended"
}

fact mental_state "What a person knew or intended, as shown by what they said, did or were told." {
  person: ref "Whose state of mind (an accused, organisation or person id)"
  state: one of ("knew", "intended", "meant", "disregarded") "Knew / intended a result / meant to engage in conduct / consciously disregarded information"
  about: one of ("armed_conflict", "protected_status", "occupation", "conduct", "consequence", "common_plan", "essential_role", "facilitation", "crimes_of_subordinates", "age", "lawful_presence", "attack_on_civilians", "destruction_of_group", "control_over_organisation", "contribution") "What it concerned (attack_on_civilians: a widespread or systematic course of conduct against civilians; destruction_of_group: the destruction of a national, ethnical, racial or religious group; control_over_organisation: the person's power over an organisation and its character)"
  basis: text? "On what it is based (statement, briefing, visit ...)"
  # links in time and to one act (issue 18, reference §9.4): a state of mind counts for an act
  # only if shown by the act's date (or, for a continuing act, by its last day), and only for
  # the act it names, if it names one
  date: date? "When the person is first shown to have had this state of mind (an undated one is not assumed to have existed at the time of an act)"
  act: ref? "The act it concerns (the id of the transfer, order or other conduct fact), if it concerns one act: it then counts for that act only"
}

fact agreement "Two or more persons agreed on, or acted on, a common plan." {
  parties: ref[] "Who took part (accused, organisation or person ids)"
  aim: text "What the plan was"
  date: date? "When it was agreed or first acted on"
}

fact contribution "A person or organisation contributed to an event (financing, approval, organisation, transport, hosting ...)." {
  by: ref "Who contributed"
  to: ref "The event contributed to (the id of a fact, e.g. a transfer), or the common plan it served (the id of an `agreement` fact)"
  kind: one of ("approval", "financing", "organisation", "transport", "hosting", "order", "other") "What the contribution was"
  could_frustrate: bool? "Whether withholding it could have stopped the event (investigator's assessment)"
  substantial: bool? "Whether it made a substantial difference to whether or how the event occurred (investigator's assessment)"
  # links in time (issue 18, reference §9.4): a contribution counts for an act made before it
  # or during it; assistance made after it only if agreed before it (art. 25(3)(c))
  date: date? "When it was made (the first day, if it lasted); an undated contribution is not assumed to have come before the act"
  agreed: date? "When it was agreed or promised, if before it was made (assistance given after the act counts only if agreed before it)"
}

fact authority "A person had authority over others (de jure or de facto)." {
  superior: ref "Who had the authority"
  over: ref "Over whom (a person or organisation id)"
  effective: bool "Whether it was effective: the material ability to prevent or punish"
  basis: text? "Where it came from (office, law, practice)"
  since: date? "Since when"
  until: date? "Until when, if it ended"
}

fact omission "A person with a duty to act took no, or inadequate, measures." {
  person: ref "Who failed to act"
  regarding: ref "The event concerned (the id of a fact)"
  measures_taken: text? "What, if anything, was done"
  measures_available: text? "What measures were within the person's power (orders, dismissal, discipline, reporting, referral for investigation)"
  control_would_have: one of ("prevented", "very_probably_prevented", "reduced_the_risk", "changed_nothing")? "What proper control would have done (investigator's assessment): prevented the event or changed how it happened / very probably prevented it / made it less likely / changed nothing"
}
