# What was done, besides transfers (facts.el): orders and statements, recruitment and use of
# persons in hostilities, coercion and consent surrounding a transfer, and the placement of
# transferred persons with others. `order`, `recruitment` and `military_use` can be the
# conduct of a crime, so they carry the attributes every conduct fact has (see facts.el).

fact order "A person gave an order or instruction, in any form (oral, written, decree, directive)." {
  by: ref "Who gave it"
  to: ref? "Who received it (a person or organisation id)"
  content: text "What was ordered, as the sources put it"
  act: one of ("displacement", "recruitment", "use_in_hostilities", "other") "What it instructed (displacement: moving people from where they are, whether called evacuation, transfer or deportation)"
  persons: ref? "Whom it concerned (the id of a `group` fact)"
  concerns: ref? "The event it ordered (the id of a transfer or other fact)"
  purpose: one of ("evacuation_from_danger", "military_operations", "medical_treatment", "rest_and_recreation", "education", "re_education", "adoption_or_guardianship", "settlement", "punishment", "other")? "What the order sought to achieve, as the evidence shows it (not merely the reason announced)"
  origin_territory: text? "The territory it concerned (for a displacement: where the people were to be moved from), named as in other facts"
  state: text? "The State on whose territory it was given or to be carried out"
  date: date? "When it was given"
  until: date? "The last day it was carried out, if it was carried out over a period (a displacement over several days)"
  part_of: ref? "A wider course of conduct it belonged to (the id of a `course_of_conduct` fact)"
  pursuant_to: ref? "The plan or agreement under which it was given (the id of an `agreement` fact)"
  conflict: ref? "The armed conflict it belonged to (the id of an `armed_conflict` fact), where the evidence ties it to one"
}

fact statement "A person said or wrote something: a speech, interview, letter, post, appeal or promise." {
  by: ref "Who made it"
  to: ref? "Whom it was addressed to, if to someone in particular (a person or organisation id)"
  content: text "What was said, as the sources quote or report it"
  kind: one of ("request", "encouragement", "persuasion", "promise_or_reward", "pressure", "approval", "report", "admission", "denial", "other") "What it did: asked for, urged or encouraged an act; persuaded or offered a reward; put pressure; approved; reported; admitted; denied"
  concerns: ref? "The event it concerned (the id of a transfer or other fact)"
  medium: text? "Where it was made (speech, broadcast, interview, letter, meeting)"
  date: date? "When"
}

fact recruitment "Persons were conscripted or enlisted into an armed force or armed group (registration, admission or training included)." {
  persons: ref "Who (the id of a `group` or `person` fact)"
  force: ref "Into which armed force or group (the id of an `organisation` fact)"
  method: one of ("conscription", "enlistment") "Compulsory (conscription: by force, threat or legal obligation) or voluntary (enlistment, including at the person's own wish)"
  by: ref? "Who recruited them"
  date: date? "When (the first day, if it lasted)"
  until: date? "Until when they remained in the force or group"
  place: text? "Where"
  origin_territory: text? "The territory where it took place, named as in an `occupation` fact"
  state: text? "The State on whose territory it took place"
  part_of: ref? "A wider course of conduct it belonged to (the id of a `course_of_conduct` fact)"
  pursuant_to: ref? "The plan or agreement under which it was carried out (the id of an `agreement` fact)"
  conflict: ref? "The armed conflict it belonged to (the id of an `armed_conflict` fact), where the evidence ties it to one"
}

fact military_use "Persons took part in, or supported, hostilities for an armed force or armed group." {
  persons: ref "Who (the id of a `group` or `person` fact)"
  force: ref? "For which armed force or group (the id of an `organisation` fact)"
  activity: one of ("combat", "bodyguard", "guard", "scout", "spy", "courier", "checkpoint", "porter", "domestic", "other") "What they did"
  exposed_to_danger: bool? "Whether the activity exposed them to real danger as a potential target"
  by: ref? "Who used them"
  date: date? "When (the first day, if it lasted)"
  until: date? "Until when"
  place: text? "Where"
  origin_territory: text? "The territory where it took place, named as in an `occupation` fact"
  state: text? "The State on whose territory it took place"
  part_of: ref? "A wider course of conduct it belonged to (the id of a `course_of_conduct` fact)"
  pursuant_to: ref? "The plan or agreement under which it was carried out (the id of an `agreement` fact)"
  conflict: ref? "The armed conflict it belonged to (the id of an `armed_conflict` fact), where the evidence ties it to one"
}

fact coercion "Force, threats or a coercive environment bore on persons: physical force, threats, detention, duress, psychological oppression, abuse of power." {
  against: ref "Who was coerced (the id of a `group` or `person` fact)"
  regarding: ref? "The event it bore on (the id of a transfer or other fact)"
  by: ref? "Who applied it"
  means: one of ("physical_force", "threat", "detention", "duress", "psychological_oppression", "abuse_of_power", "coercive_environment", "deception", "other") "What it consisted of"
  description: text? "What happened, as the sources describe it"
  date: date? "When"
}

fact consent "Whether, and by whom, consent to a transfer was given." {
  regarding: ref "The transfer (the id of a `transfer` fact)"
  given_by: one of ("persons_concerned", "parents_or_guardians", "authorities_or_institutions", "nobody") "Who consented: the persons themselves, their parents or guardians, only authorities or institutions on their behalf, or nobody"
  free: bool? "Whether it was given freely, with a real alternative and full information"
  written: bool? "Whether it was given in writing"
}

fact placement "Persons were placed in the care of others: adoption, foster families, guardianship, institutions or camps, or given another nationality." {
  persons: ref "Who was placed (the id of a `group` or `person` fact)"
  with: text "With whom or where (families, institution, camp)"
  community: ref? "The national, ethnical, racial or religious group of those in whose care they were placed (the id of a `community` fact)"
  kind: one of ("adoption", "foster_family", "guardianship", "institution", "camp", "citizenship", "other") "What kind of placement"
  date: date? "When"
}

fact return "Persons who had been moved were brought back to the place they had been taken from (their homes, or where they lived), as IHL requires of an evacuation (GC IV art. 49(2))." {
  persons: ref "Who was brought back (the id of a `group` or `person` fact)"
  regarding: ref "The transfer they were brought back from (the id of a `transfer` or `order` fact)"
  to: text? "Where they were brought back to"
  date: date? "When"
}
