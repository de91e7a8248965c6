fact transfer "Persons were moved." {
  persons: text "who"
  count: int? "how many"
  date: date?
}

fact protected_status "Protected persons." {
  persons: text
}

crime sample "Sample crime" {
  article "X-1"
  source "test"
  element conduct material conduct
    "The perpetrator transferred persons."
    requires transfr(count > 2)
  element protected materal circumstance
    "Such persons were protected."
    requires protected_status(persns == conduct.persons)
  element dated material circumstance
    "It happened after the start."
    requires transfer(date > "2022", count == "many") and protected_status(persons == conduct.countt)
  use contxt
}
