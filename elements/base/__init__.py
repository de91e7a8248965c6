"""The ground floor: what every other subpackage uses and which imports none of them.

- `diagnostics`: located problems (file, line, column, caret, nearest name) and `InputError`;
- `errors`: `ElementsError`, the base of every error the program reports, with its code;
- `text`: making untrusted text safe and visible on a terminal or in a report;
- `fileio`: bounded reads and atomic writes;
- `cache`: the per-user, HMAC-checked cache of built objects;
- `vocabulary`: the words every layer shares — element statuses, their order and symbols,
  evidence grades.
"""
