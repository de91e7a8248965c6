fact transfer "Persons were moved." {
  purpose: text? "why"
}

fact return "Persons were brought back." {
  regarding: ref
}

option return_due "When a return is due" {
  choice at_once "At once."
  choice later "Later."
  default at_once
}

crime sample "Sample crime" {
  article "X-1"
  source "test"
  element conduct material conduct
    "The perpetrator transferred persons."
    requires transfer
  element unlawful material circumstance
    "Not justified."
    requires transfer(id == conduct.id)
    when retrun_due == at_once {
      unless return(regarding == conduct.id)
    }
    when return_due == lately {
      note "A reading that is no choice."
      when return_due != at_once {
        unless return(regardin == conduct.id)
      }
    }
}
