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

fact security_situation "The security and military situation in a place at a time." {
  territory: text "The place or territory, named as in other facts"
  date: date? "When"
  hostilities: bool "Whether hostilities were taking place there, or were imminent"
  danger_to_civilians: bool? "Whether civilians there were in danger from the fighting"
  description: text? "What the sources say"
}

fact information "Information reached a person or was available to them: a report, complaint, document, media coverage, or what they saw." {
  recipient: ref "Who had it (an accused, person or organisation id)"
  about: one of ("armed_conflict", "protected_status", "occupation", "conduct", "consequence", "common_plan", "essential_role", "facilitation", "crimes_of_subordinates", "age", "lawful_presence", "attack_on_civilians", "destruction_of_group", "control_over_organisation", "contribution") "What it concerned (the same subjects as `mental_state`)"
  content: text "What it said or showed"
  clear: bool? "Whether it clearly indicated the matter (not a merely general warning)"
  date: date? "When"
}
