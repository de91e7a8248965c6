crime x "t" {
  article "1"
  element conduct material conduct "unterminated
}
