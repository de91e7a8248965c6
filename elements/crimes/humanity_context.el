# The last two elements of every crime against humanity (art. 7 chapeau, art. 7(2)(a), EoC
# Introduction to art. 7). Source: shared/law/reference.md §1.0.4.
#
# Sub-requirements (Statute and EoC; Bemba PTC 2009, Katanga TJ 2014, Ntaganda TJ 2019 [M]):
# an attack — a course of conduct with multiple commission of art. 7(1) acts, not necessarily
# military; directed against a civilian population (its primary object, not an incidental
# victim); pursuant to or in furtherance of a State or organizational policy, actively promoted
# or encouraged; widespread (large scale, number of victims) OR systematic (organised nature,
# improbability of random occurrence); the individual act is part of the attack; knowledge of
# the attack (not of its details) or, for an emerging attack, intent to further it.

group crimes_against_humanity "Contextual elements of crimes against humanity" {
  source "Rome Statute art. 7(1) chapeau and 7(2)(a); ICC Elements of Crimes, Introduction to art. 7 and the last two elements of each crime under art. 7"
  provenance "Statute V*; EoC M (element wording also in a third-party code file in the GitHub index, not authoritative)"
  note "Rome Statute art. 7(1): For the purpose of this Statute, \"crime against humanity\" means any of the following acts when committed as part of a widespread or systematic attack directed against any civilian population, with knowledge of the attack: ... [V*]"
  note "EoC Introduction to art. 7, para. 1: Since article 7 pertains to international criminal law, its provisions, consistent with article 22, must be strictly construed, taking into account that crimes against humanity as defined in article 7 are among the most serious crimes of concern to the international community as a whole, warrant and entail individual criminal responsibility, and require conduct which is impermissible under generally applicable international law, as recognized by the principal legal systems of the world. [M]"

  element widespread_systematic_attack contextual
    "The conduct was committed as part of a widespread or systematic attack directed against a civilian population."
    requires course_of_conduct(id == conduct.part_of, large_scale == true) as a and group(id == a.population, civilian == true) and policy(furthers == a.id)
          or course_of_conduct(id == conduct.part_of, pattern == true) as a and group(id == a.population, civilian == true) and policy(furthers == a.id)
    provenance "M"
    footnote "Rome Statute art. 7(2)(a): \"Attack directed against any civilian population\" means a course of conduct involving the multiple commission of acts referred to in paragraph 1 against any civilian population, pursuant to or in furtherance of a State or organizational policy to commit such attack; [V*]"
    footnote "EoC Introduction to art. 7, para. 3: \"Attack directed against a civilian population\" in these context elements is understood to mean a course of conduct involving the multiple commission of acts referred to in article 7, paragraph 1, of the Statute against any civilian population, pursuant to or in furtherance of a State or organizational policy to commit such attack. The acts need not constitute a military attack. It is understood that \"policy to commit such attack\" requires that the State or organization actively promote or encourage such an attack against a civilian population. [M]"
    footnote "A policy which has a civilian population as the object of the attack would be implemented by State or organizational action. Such a policy may, in exceptional circumstances, be implemented by a deliberate failure to take action, which is consciously aimed at encouraging such attack. The existence of such a policy cannot be inferred solely from the absence of governmental or organizational action. [M]"
    note "Shown by: the conduct belongs to a course of conduct (`part_of`) that is large in scale (widespread) or follows a pattern (systematic), is directed against a civilian population, and is furthered by a State or organisational policy. A policy by deliberate inaction counts only exceptionally (footnote)."

  element attack_knowledge mental
    "The perpetrator knew that the conduct was part of or intended the conduct to be part of a widespread or systematic attack directed against a civilian population."
    requires mental_state(person == perpetrator, state == "knew", about == "attack_on_civilians", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
          or mental_state(person == perpetrator, state == "intended", about == "attack_on_civilians", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "M"
    note "EoC Introduction to art. 7, para. 2: The last two elements for each crime against humanity describe the context in which the conduct must take place. These elements clarify the requisite participation in and knowledge of a widespread or systematic attack against a civilian population. However, the last element should not be interpreted as requiring proof that the perpetrator had knowledge of all characteristics of the attack or the precise details of the plan or policy of the State or organization. In the case of an emerging widespread or systematic attack, the intent clause of the last element indicates that this mental element is satisfied if the perpetrator intended to further such an attack. [M]"
}
