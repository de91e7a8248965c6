"""docs/tutorial.md is run as written: every command of its ```sh blocks, in order, from a copy
of the repository's examples/, with the exit status its `# exit N` comment gives (0 without
one); a ```text block right after an ```sh block holds lines that the output of that block's
last command must show, in that order."""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from golden import ROOT

from rome_elements.cli.main import main

TUTORIAL = ROOT / "docs" / "tutorial.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")


@dataclass
class Command:
    line: int
    words: list[str]
    exit_code: int
    shows: list[str] = field(default_factory=list)


def commands(text: str) -> list[Command]:
    """The commands of the tutorial, with their expected exit status and output lines."""
    out: list[Command] = []
    last_end = -1
    for m in FENCE.finditer(text):
        lang, body = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 2  # the block's first line
        if lang == "sh":
            for i, raw in enumerate(body.splitlines()):
                if not raw.strip():
                    continue
                code = EXIT.search(raw)
                words = shlex.split(raw, comments=True)
                assert words[0] == "elements", f"docs/tutorial.md:{line + i}: {raw}"
                out.append(Command(line + i, words[1:], int(code.group(1)) if code else 0))
        elif lang == "text" and text[last_end : m.start()].strip() == "" and out:
            out[-1].shows = [x for x in body.splitlines() if x.strip()]
        last_end = m.end()
    return out


def test_the_tutorial_has_commands_and_expectations() -> None:
    found = commands(TUTORIAL.read_text(encoding="utf-8"))
    assert len(found) >= 20
    assert {c.exit_code for c in found} == {0, 1, 2}
    assert sum(1 for c in found if c.shows) >= 8


def test_the_tutorial_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    runner = CliRunner()
    for cmd in commands(TUTORIAL.read_text(encoding="utf-8")):
        where = f"docs/tutorial.md:{cmd.line}: elements {shlex.join(cmd.words)}"
        result = runner.invoke(main, cmd.words)
        output = result.output
        assert "Traceback" not in output, where
        assert result.exit_code == cmd.exit_code, f"{where}: exit {result.exit_code}\n{output}"
        lines = [x.rstrip() for x in output.splitlines()]
        at = 0
        for expected in cmd.shows:
            try:
                at = lines.index(expected.rstrip(), at) + 1
            except ValueError:
                pytest.fail(f"{where}: the output has no line {expected!r} (in order)\n{output}")
