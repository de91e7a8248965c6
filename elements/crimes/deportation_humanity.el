# Crime against humanity of deportation or forcible transfer of population (art. 7(1)(d)).
# Element text: ICC Elements of Crimes as recorded in shared/law/reference.md §1.4 [M; elements
# 1–4 also appear in this wording in a third-party code file, not authoritative].

crime deportation_forcible_transfer "Crime against humanity of deportation or forcible transfer of population" {
  article "7(1)(d)"
  source "ICC Elements of Crimes, art. 7(1)(d); Rome Statute art. 7(1)(d) and 7(2)(d)"
  provenance "M; Statute V*"
  note "Rome Statute art. 7(1)(d): Deportation or forcible transfer of population; [V*]"
  note "Deportation and forcible transfer are distinct crimes: crossing an international border is the legal element of deportation (Bangladesh/Myanmar, PTC I, 6 Sept 2018 [M]). The Court may exercise jurisdiction if at least one element, or part of one, is committed on a State Party's territory."
  note "The Prosecutor must prove that one or more acts of the perpetrator produced the effect of deporting or forcibly transferring the victim: a causal link between conduct and displacement (Ruto, Kosgey and Sang confirmation decision, PTC II) [S: CMN elements-digest/art-7/7-1-d/3]."

  element conduct material conduct
    "The perpetrator deported or forcibly transferred, without grounds permitted under international law, one or more persons to another State or location, by expulsion or other coercive acts."
    requires (transfer(purpose != "evacuation_from_danger", purpose != "military_operations", purpose != "medical_treatment") as t
              or transfer as t and security_situation(territory == t.origin, hostilities == false, during t.date)
              or transfer as t and security_situation(territory == t.origin_territory, hostilities == false, during t.date))
         and (coercion(regarding == t.id)
              or consent(regarding == t.id, given_by == "nobody") and not consent(regarding == t.id, given_by == "persons_concerned", free == true)
              or consent(regarding == t.id, given_by == "authorities_or_institutions") and not consent(regarding == t.id, given_by == "persons_concerned", free == true)
              or consent(regarding == t.id, free == false) and not consent(regarding == t.id, given_by == "persons_concerned", free == true))
    provenance "M"
    footnote "Rome Statute art. 7(2)(d): \"Deportation or forcible transfer of population\" means forced displacement of the persons concerned by expulsion or other coercive acts from the area in which they are lawfully present, without grounds permitted under international law; [V*]"
    footnote "The term 'forcibly' is not restricted to physical force, but may include threat of force or coercion, such as that caused by fear of violence, duress, detention, psychological oppression or abuse of power against such person or persons or another person, or by taking advantage of a coercive environment. [M; official numbering believed fn. 12]"
    footnote "'Deported or forcibly transferred' is interchangeable with 'forcibly displaced'. [M; official numbering believed fn. 13]"
    note "Three parts, each shown by facts: the move (a transfer); its forced character — coercion, or no genuine consent (none, only authorities' or institutions' consent, or consent given under pressure); and the absence of permitted grounds — the transfer served another purpose than evacuation from danger, military operations or medical treatment, or there were no hostilities where the persons were taken from."
    note "Genuine choice: the persons concerned consented freely and no coercion bore on the transfer — then there is no deportation or forcible transfer (reference §9.3 [S: Karadžić TJ para. 489, via CMN]), whatever authorities, institutions or others said for them: only coercion makes the displacement forced against the persons' own free consent. The absence of hostilities is read at the time and place of the removal: a `security_situation` of its town (`origin`) or territory whose period covers its date."
    note "The 'forced' character lies in the absence of genuine choice; fear of violence, duress, detention, psychological oppression or a coercive environment suffice (Karadžić TJ para. 489) [S: CMN]. The intent need not be to displace permanently (Đorđević AJ para. 469) [S: CMN 7-1-d/6-b-i]."
  derived conduct_intent for conduct
    "The perpetrator meant to engage in the conduct: to deport or transfer the person or persons."
    source "Rome Statute art. 30(2)(a)"
  derived displacement_intent for conduct
    "The perpetrator meant to cause the displacement, or was aware that it would occur in the ordinary course of events."
    source "Rome Statute art. 30(2)(b)"
  derived coercion_knowledge for conduct
    "The perpetrator was aware of the factual circumstances that made the displacement forced (expulsion or other coercive acts) and of those that established the absence of grounds permitted under international law."
    source "Rome Statute art. 30(3)"
    note "Knowledge of the facts, not their legal evaluation (EoC General Introduction, para. 4 logic) [M]."

  element lawful_presence material circumstance
    "Such person or persons were lawfully present in the area from which they were so deported or transferred."
    requires transfer(id == conduct.id, lived_at_origin == true)
    provenance "M"
    mental "explicit: element lawful_presence_awareness"
    note "Shown by the persons' living in the area they were taken from (their homes, an institution they lived in, or where they had found refuge)."

  element lawful_presence_awareness mental
    "The perpetrator was aware of the factual circumstances that established the lawfulness of such presence."
    requires mental_state(person == perpetrator, state == "knew", about == "lawful_presence", date <= conduct.until) as m and not mental_state(id == m.id, act != conduct.id)
    note "At the time of the act and about it (reference §9.4; art. 30): a state of mind, or information, counts if shown by the act's last day and, if it names an act (`act`), only for that act; an undated one is not assumed to have come in time."
    provenance "M"

  use crimes_against_humanity
}
