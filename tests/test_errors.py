"""Every error the program reports derives from `ElementsError`, with its own code and the
documented exit status; the command line exits with that status and prints no traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.base.errors import ElementsError
from rome_elements.cli import main as cli_main
from rome_elements.cli.output import OutputError
from rome_elements.engine.errors import EngineDisagreement

KINDS = [
    (InputError, "input", 2),
    (OutputError, "output", 2),
    (EngineDisagreement, "engine-disagreement", 3),
]


@pytest.mark.parametrize("kind, code, exit_code", KINDS)
def test_each_kind_has_its_code_and_exit_status(
    kind: type[ElementsError], code: str, exit_code: int
) -> None:
    assert issubclass(kind, ElementsError)
    assert (kind.code, kind.exit_code) == (code, exit_code)


def test_codes_are_distinct() -> None:
    assert len({k.code for k, _, _ in KINDS}) == len(KINDS)


@pytest.mark.parametrize("kind, code, exit_code", KINDS)
def test_the_command_line_exits_with_the_kind_s_status(
    monkeypatch: pytest.MonkeyPatch, kind: type[ElementsError], code: str, exit_code: int
) -> None:
    error = (
        InputError([Diagnostic("error", "a bad input")])
        if kind is InputError
        else kind("went wrong")
    )

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(cli_main, "_library", fail)
    result = CliRunner().invoke(cli_main.main, ["list"])
    assert result.exit_code == exit_code
    assert "Traceback" not in result.output
    assert ("a bad input" if kind is InputError else "went wrong") in result.output
