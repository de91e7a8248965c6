# Sixty unknown fact types on one long line: the line is quoted as a window around each
# one, and only the first 50 problems are printed.
fact transfer "Persons were moved." {
  count: int? "how many"
}

crime sample "Sample crime" {
  article "X-1"
  source "test"
  element conduct material conduct
    "The perpetrator transferred persons."
    requires transfr(count > 0) and transfr(count > 1) and transfr(count > 2) and transfr(count > 3) and transfr(count > 4) and transfr(count > 5) and transfr(count > 6) and transfr(count > 7) and transfr(count > 8) and transfr(count > 9) and transfr(count > 10) and transfr(count > 11) and transfr(count > 12) and transfr(count > 13) and transfr(count > 14) and transfr(count > 15) and transfr(count > 16) and transfr(count > 17) and transfr(count > 18) and transfr(count > 19) and transfr(count > 20) and transfr(count > 21) and transfr(count > 22) and transfr(count > 23) and transfr(count > 24) and transfr(count > 25) and transfr(count > 26) and transfr(count > 27) and transfr(count > 28) and transfr(count > 29) and transfr(count > 30) and transfr(count > 31) and transfr(count > 32) and transfr(count > 33) and transfr(count > 34) and transfr(count > 35) and transfr(count > 36) and transfr(count > 37) and transfr(count > 38) and transfr(count > 39) and transfr(count > 40) and transfr(count > 41) and transfr(count > 42) and transfr(count > 43) and transfr(count > 44) and transfr(count > 45) and transfr(count > 46) and transfr(count > 47) and transfr(count > 48) and transfr(count > 49) and transfr(count > 50) and transfr(count > 51) and transfr(count > 52) and transfr(count > 53) and transfr(count > 54) and transfr(count > 55) and transfr(count > 56) and transfr(count > 57) and transfr(count > 58) and transfr(count > 59)
}
