# Standards of proof, from the lowest to the highest. The thresholds are this library's
# reading of each stage (see notes); they are data, shown in every report, and `elements lint`
# checks that a stricter standard is never laxer than a lower one in any threshold.
#
# Grades: source reliability A (reliable) … E (unreliable), F (cannot be judged);
# information credibility 1 (confirmed) … 5 (improbable), 6 (cannot be judged).
# `origins` counts independent origins: items with the same `origin` are one origin.
# `contradiction`: ignore (contradiction is not weighed at this stage) | outweighs (contested
# when credible contradicting origins are at least as many as supporting ones) | defeats (any
# credible contradicting origin makes the fact contested).

standard reasonable_basis "Reasonable basis to believe" {
  article "53(1)(a)"
  text "The information available to the Prosecutor provides a reasonable basis to believe that a crime within the jurisdiction of the Court has been or is being committed"
  provenance "V* (art. 53(1)(a)); chambers' descriptions M"
  rank 1
  origins 1
  reliability E
  credibility 5
  contradiction ignore
  inference allowed
  note "The lowest standard in the Statute (Kenya art. 15 decision, PTC II, 31 Mar 2010): the information need not be comprehensive or conclusive. Any one gradable source suffices; ungradable sources (F, 6) do not."
  note "Authorisation of a proprio motu investigation (art. 15(3)–(4)) uses the same test, in the words \"reasonable basis to proceed\" (Kenya art. 15 decision; Côte d'Ivoire art. 15 decision, 3 Oct 2011); \"reasonable basis to believe\" is the art. 53(1)(a) wording."
}

standard reasonable_grounds "Reasonable grounds to believe" {
  article "58(1)(a)"
  text "There are reasonable grounds to believe that the person has committed a crime within the jurisdiction of the Court"
  provenance "V* (art. 58(1)(a)); chambers' descriptions M"
  rank 2
  origins 1
  reliability C
  credibility 3
  contradiction outweighs
  inference allowed
  note "Arrest warrant stage. Al Bashir AC (3 Feb 2010): requiring the only reasonable conclusion would impose proof beyond reasonable doubt. One fairly reliable (C) source whose information is possibly true (3) or better suffices, unless outweighed."
}

standard substantial_grounds "Substantial grounds to believe" {
  article "61(7)"
  text "...sufficient evidence to establish substantial grounds to believe that the person committed each of the crimes charged"
  provenance "V* (art. 61(7); also art. 61(5)); chambers' descriptions M, Mbarushimana AC S"
  rank 3
  origins 2
  reliability C
  credibility 3
  contradiction outweighs
  inference corroborated
  note "Confirmation of charges. Lubanga confirmation decision: concrete and tangible proof demonstrating a clear line of reasoning; Mbarushimana AC: the chamber may weigh contradictions. Two independent origins graded C3 or better."
}

standard beyond_reasonable_doubt "Beyond reasonable doubt" {
  article "66(3)"
  text "In order to convict the accused, the Court must be convinced of the guilt of the accused beyond reasonable doubt."
  provenance "V* (art. 66(3)); chambers' descriptions M"
  rank 4
  origins 2
  reliability B
  credibility 2
  contradiction defeats
  inference corroborated
  note "Conviction. Applies to each fact that constitutes an element (Lubanga TJ); guilt must be the only reasonable conclusion (Ngudjolo AJ, Bemba AJ). Two independent origins graded B2 or better; any credible contradiction leaves the fact contested."
}
