crime x "t" {
  article "1"
  source "s"
  elemnt conduct material conduct "x" requires transfer
}
