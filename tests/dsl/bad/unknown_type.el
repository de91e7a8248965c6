fact t "d" {
  a: txt
}
