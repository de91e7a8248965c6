# War crime of displacing civilians in armed conflict not of an international character
# (art. 8(2)(e)(viii)). Element text: ICC Elements of Crimes as recorded in
# shared/law/reference.md §1.3 (S: CMN proof digest for elements 3–5; FICHL commentary,
# Publication Series No. 29, 2017, p. 141, lists the same five elements).

crime displacing_civilians "War crime of displacing civilians" {
  article "8(2)(e)(viii)"
  source "ICC Elements of Crimes, art. 8(2)(e)(viii); Rome Statute art. 8(2)(e)(viii)"
  provenance "S: CMN proof-digest/art-8/e/8-2-e-viii (elements 3–5); FICHL Publication Series No. 29 (2017), p. 141; Statute V*"
  note "Rome Statute art. 8(2)(e): Other serious violations of the laws and customs applicable in armed conflicts not of an international character, within the established framework of international law, namely, any of the following acts: ... (viii) Ordering the displacement of the civilian population for reasons related to the conflict, unless the security of the civilians involved or imperative military reasons so demand; [V*]"
  note "The Statute's limb 'for reasons related to the conflict' is not a separate element of the Elements of Crimes [M]."
  note "The Elements require an order: displacement without an order is not covered (criticised: J. Willms, 'Without order, anything goes?', IRRC vol. 91 no. 875 (2009)). The order itself completes the crime (reference §2.9)."
  note "Ntaganda TJ (8 July 2019) convicted Ntaganda of ordering the displacement of civilians under this article [M]."

  element conduct material conduct
    "The perpetrator ordered a displacement of a civilian population."
    requires order(act == "displacement") as o and group(id == o.persons, civilian == true)
    provenance "S: FICHL commentary (2017) p. 141; M"
    note "Conduct (ordering) with a circumstance (the persons concerned are a civilian population)."
  derived order_intent for conduct
    "The perpetrator meant to order the displacement."
    source "Rome Statute art. 30(2)(a)"
  derived civilian_knowledge for conduct
    "The perpetrator was aware that a civilian population was the object of the order."
    source "Rome Statute art. 30(3)"
    provenance "S: CMN proof digest, 8(2)(e)(viii)"

  element not_justified material circumstance
    "Such order was not justified by the security of the civilians involved or by military necessity."
    requires order(id == conduct.id, purpose != "evacuation_from_danger", purpose != "military_operations")
          or security_situation(territory == conduct.origin_territory, hostilities == false, during conduct.date)
    unless order(id == conduct.id, purpose == "evacuation_from_danger") and security_situation(territory == conduct.origin_territory, danger_to_civilians == true, during conduct.date)
    unless order(id == conduct.id, purpose == "military_operations") and security_situation(territory == conduct.origin_territory, hostilities == true, during conduct.date)
    unless order(id == conduct.id, purpose == "evacuation_from_danger") and group(id == conduct.persons, under_18 == true) and consent(regarding == conduct.id, given_by == "parents_or_guardians", free == true) and not coercion(regarding == conduct.id)
    note "Defeaters (`unless`), from the Statute's own words ('unless the security of the civilians involved or imperative military reasons so demand') and AP II art. 17(1) [M]: an order to evacuate civilians in danger where they were, an order for imperative military reasons where hostilities were taking place, and the temporary removal of children from an area of hostilities with the free consent of their parents or guardians (AP II art. 4(3)(e) [M]). A ground shown by credible evidence (C3 or better) that nothing credible contradicts defeats the element; credibly contradicted, it leaves the element contested (the same at every standard)."
    provenance "S: FICHL commentary (2017) p. 141; M"
    note "Timing as for GC IV art. 49(2) (reference §9.3): the security of the civilians or imperative military reasons must demand the displacement at the time of the order, in the territory it concerned — a `security_situation` whose period covers the order's date; danger or fighting that ended before it justifies nothing, and quiet that began after it does not make it unjustified."
    note "Shown by what the order actually sought to achieve (neither the civilians' safety from the fighting nor military operations), or by the absence of hostilities in the area concerned. The Statute allows displacement where 'the security of the civilians involved or imperative military reasons so demand'."
  derived justification_knowledge for not_justified
    "The perpetrator was aware that the order was not so justified."
    source "Rome Statute art. 30(3)"
    provenance "S: CMN proof digest, 8(2)(e)(viii)"

  element position_to_effect material circumstance
    "The perpetrator was in a position to effect such displacement by giving such order."
    requires authority(superior == conduct.by, over == conduct.to, effective == true)
    provenance "S: CMN proof digest, 8(2)(e)(viii)"
    note "Shown by effective authority over those to whom the order was given."
  derived position_knowledge for position_to_effect
    "The perpetrator was aware of being in a position to effect the displacement by giving the order."
    source "Rome Statute art. 30(3)"
    provenance "S: CMN proof digest, 8(2)(e)(viii)"

  use non_international_armed_conflict
}
