# The last two elements of every war crime under art. 8(2)(a) and (b) (EoC, Introduction to
# art. 8): the nexus with an international armed conflict, and awareness of it.

group international_armed_conflict "Contextual elements of war crimes in international armed conflict" {
  source "ICC Elements of Crimes, Introduction to art. 8 and the last two elements of each crime under art. 8(2)(a) and (b)"
  provenance "S: CMN elements digest, 8(2)(b)(viii)"
  note "There is no requirement for a legal evaluation by the perpetrator as to the existence of an armed conflict or its character as international or non-international (EoC, Introduction to art. 8)."

  element iac_context contextual
    "The conduct took place in the context of and was associated with an international armed conflict."
    requires armed_conflict(character == "international") and occupation(territory == conduct.origin_territory)
    footnote "The term 'international armed conflict' includes military occupation. [M]"
    note "Nexus: the conflict must have played a substantial part in the perpetrator's ability to commit the crime, the decision to commit it, the manner of commission or its purpose (Kunarac AJ, followed by ICC chambers) [M]. Here it is shown by the conduct's starting point in territory under occupation."

  element iac_awareness mental
    "The perpetrator was aware of factual circumstances that established the existence of an armed conflict."
    requires mental_state(person == conduct.by, state == "knew", about == "armed_conflict")
    note "Only awareness of the factual circumstances is required, not of the conflict's international character."
}
