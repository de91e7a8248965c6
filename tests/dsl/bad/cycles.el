fact t "A fact." {
  a: text
}

group g1 "G1" {
  use g2
}

group g2 "G2" {
  use g1
}

crime c "Crime" {
  article "C"
  source "s"
  element conduct material conduct "x" requires t(a == other.a)
  element other material circumstance "y" requires t(a == conduct.a)
}

standard weak "Weak" {
  article "1"
  text "t"
  rank 1
  origins 2
  reliability C
  credibility 3
  contradiction outweighs
  inference allowed
}

standard strong "Strong" {
  article "2"
  text "t"
  rank 2
  origins 1
  reliability Z
  credibility 3
  contradiction ignor
  inference allowed
}
