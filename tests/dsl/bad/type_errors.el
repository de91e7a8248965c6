fact transfer "Persons were moved." {
  persons: text "who"
  count: int?
  tags: text[]?
  cross_border: bool
}

crime sample "Sample crime" {
  article "X-1"
  source "test"
  element conduct material conduct
    "The perpetrator transferred persons."
    requires transfer(persons > "a", tags == "x", cross_border has "y", count == accused)
  element other mental
    "Knew."
    requires not transfer(count == 1)
}

mode sample_mode "Mode" {
  article "25"
  source "s"
  element x objective "text" requires transfer(count == conduct.persons)
}
