crime x "t" {
  article "1"
  source "s"
  element conduct material conduct "x" requires transfer(a == )
}
