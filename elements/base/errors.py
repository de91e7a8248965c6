"""`ElementsError`: the base of every error `elements` reports to its user.

Each kind has a stable `code` (for scripts and for the documentation of exit codes) and the
exit status the program ends with. The command line catches `ElementsError` once and exits
with `exit_code`; anything else that escapes is a bug (exit 3, "please report this").

- `base.diagnostics.InputError`, code `input`, exit 2: the case file, the library or an
  argument is invalid (every problem as a located `Diagnostic`);
- `cli.output.OutputError`, code `output`, exit 2: the report cannot or must not be written
  where asked;
- `engine.errors.EngineDisagreement`, code `engine-disagreement`, exit 3: the two engines
  returned different matches (never a report).
"""

from __future__ import annotations

from typing import ClassVar

EXIT_INVALID = 2
EXIT_INTERNAL = 3


class ElementsError(Exception):
    """An error the program explains to its user and ends with `exit_code`."""

    code: ClassVar[str] = "internal"
    exit_code: ClassVar[int] = EXIT_INTERNAL
