# The wider picture a crime happens in: courses of conduct against a population and the policy
# behind them (crimes against humanity; the genocidal pattern), the national, ethnical, racial
# or religious groups concerned, the security situation in a place, and the information
# available to a person (for "should have known").

fact course_of_conduct "A course of conduct: many acts (killings, deportations, transfers of children, detentions ...) against a population over a period." {
  population: ref "The population targeted (the id of a `group` fact)"
  acts: text "What acts, as the sources describe them"
  by: ref? "Who carried it out (a State organ, organisation or person id)"
  area: text? "Where (regions, territories)"
  since: date? "Since when"
  until: date? "Until when, if it has ended"
  victims: int? "How many victims, if known"
  large_scale: bool? "Whether it was large in scale: many victims, or a wide area"
  pattern: bool? "Whether the acts followed a regular pattern or were organised (similar acts, similar targets), so that they are unlikely to be random"
}

fact policy "A State or organisation pursued a course of conduct: decisions, programmes, funding, instructions or public encouragement." {
  by: ref "Whose policy (the id of an `organisation` fact, or a State's name)"
  aim: text "What it aimed at, as the sources show it"
  furthers: ref? "The course of conduct it promoted (the id of a `course_of_conduct` fact)"
  means: one of ("active_promotion", "deliberate_inaction") "How it was pursued: actively promoted or encouraged, or by a deliberate failure to act consciously aimed at encouraging the conduct"
  adopted: date? "When it was adopted or first shown"
  basis: text? "Where it appears (decree, programme, budget, statement)"
}

fact community "A national, ethnical, racial, religious or other group of people, as a group (e.g. Ukrainians)." {
  name: text "Its name"
  kind: one of ("national", "ethnical", "racial", "religious", "political", "social", "other") "What binds it"
}

fact security_situation "The security and military situation in a place over a period: one fact per place and period (the fighting around a town from one date to another, then the quiet that followed)." {
  territory: text "The place: a town or area (named as a transfer's `origin`) or a whole territory (named as its `origin_territory`); a situation of a whole territory holds for every place in it"
  since: date? "Since when the situation held (a removal counts for it only from this date: GC IV art. 49(2), the reasons must exist at the time of the removal)"
  until: date? "Until when, if it ended (for hostilities: when they ceased in the area; none: they have not ceased, as far as the evidence goes)"
  date: date? "When it was observed, if the sources give only that (a removal is not assumed to fall inside: give `since`)"
  hostilities: bool "Whether hostilities were taking place there, or were imminent"
  danger_to_civilians: bool? "Whether civilians there were in danger from the fighting"
  lasting: bool? "For a quiet period (hostilities false): whether the evidence shows that the quiet has lasted a substantial period (an area 'quiet for months', reference §9.3), not a lull; read under the option evacuation_return = lasting_quiet, to say whether a return after an evacuation had become due"
  description: text? "What the sources say"
}

fact information "Information reached a person or was available to them: a report, complaint, document, media coverage, or what they saw." {
  recipient: ref "Who had it (an accused, person or organisation id)"
  about: one of ("armed_conflict", "protected_status", "occupation", "conduct", "consequence", "common_plan", "essential_role", "facilitation", "crimes_of_subordinates", "age", "lawful_presence", "attack_on_civilians", "destruction_of_group", "control_over_organisation", "contribution") "What it concerned (the same subjects as `mental_state`)"
  content: text "What it said or showed"
  clear: bool? "Whether it clearly indicated the matter (not a merely general warning)"
  # links in time and to one act (issue 18, reference §9.4), as for `mental_state`: information
  # counts for an act only if it had reached the person by the act's date (or, for a continuing
  # act, by its last day), and only for the act it names, if it names one
  date: date? "When it reached the person, or became available to them (undated information is not assumed to have come before an act)"
  act: ref? "The act it concerns (the id of the transfer, order or other conduct fact), if it concerns one act: it then counts for that act only"
}

# ---- Status of persons and of States (GC IV art. 4), and how the situation came before the Court
# (art. 13): shared/law/reference.md §9.2 and §9.6.

fact custody "Persons found themselves, at a given moment and in any manner whatsoever, in the hands of a party to the conflict or an Occupying Power (GC IV art. 4(1)): arrested, detained, stopped at a checkpoint, caught in a raid, taken away by its forces, or living in its own territory." {
  persons: ref "Who (the id of a `group` or `person` fact)"
  party: text "The State in whose hands they were, named as States are named elsewhere (e.g. Russia)"
  by: ref? "Whose forces or officials held them (an organisation or person id)"
  place: text? "Where"
  own_territory: bool "Whether this was in that State's own territory (not in territory it occupies)"
  since: date? "Since when (a removal counts for it only inside its period)"
  until: date? "Until when, if it ended"
}

fact state_relation "How a State stood towards a party to the conflict over a period: neutral, or co-belligerent (fighting on its side), and whether it had normal diplomatic representation there (GC IV art. 4(2))." {
  state: text "The State whose nationals are concerned (e.g. Moldova)"
  towards: text "The State in whose hands its nationals were (e.g. Russia)"
  relation: one of ("neutral", "co_belligerent") "Neutral in the conflict, or co-belligerent: a State fighting on the same side as `towards`"
  normal_diplomatic_representation: bool "Whether `state` had normal diplomatic representation in `towards`"
  since: date? "Since when"
  until: date? "Until when, if it ended"
}

fact treaty_status "Whether a State was bound by the Fourth Geneva Convention over a period (GC IV art. 4(2): nationals of a State not bound by it are not protected by it)." {
  state: text "The State, named as States are named elsewhere"
  bound: bool "Whether it was bound by the Convention"
  since: date? "Since when"
  until: date? "Until when, if it changed"
}

fact referral "How the situation came before the Court (Rome Statute art. 13): referred by a State Party (art. 13(a), art. 14), referred by the Security Council acting under Chapter VII of the Charter of the United Nations (art. 13(b)), or an investigation the Prosecutor initiated (art. 13(c), art. 15)." {
  trigger: one of ("state_party", "security_council", "proprio_motu") "art. 13(a): a State Party's referral; 13(b): the Security Council's; 13(c): the Prosecutor's own investigation"
  situation: text "The situation, as the referral names it (e.g. the situation in Darfur, Sudan)"
  state: text "The State whose territory the situation concerns, named as in transfers' `origin_state` (e.g. Sudan)"
  by: text? "Who referred it (the State Party or States Parties; the Security Council)"
  resolution: text? "The Security Council resolution (e.g. S/RES/1593 (2005))"
  date: date? "When it was referred (or the investigation authorised)"
  since: date? "The first day of the conduct it covers (e.g. 1 July 2002 for Darfur)"
  until: date? "The last day, if the referral is limited in time"
}
