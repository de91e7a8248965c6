"""`elements check` end to end, as a user runs it: golden reports, exit codes, both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from golden import ROOT, check_golden

DEMO = "examples/belarus_children.yaml"
STANDARDS = [
    "reasonable_basis",
    "reasonable_grounds",
    "substantial_grounds",
    "beyond_reasonable_doubt",
]
EXAMPLES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "examples").glob("*.yaml"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return python("-m", "rome_elements.cli.main", *args)


def python(*args: str) -> subprocess.CompletedProcess[str]:
    """A fresh Python in the repository, as the program runs (`run`: the program itself)."""
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("standard", STANDARDS)
def test_demonstration_report_at_each_standard(standard: str) -> None:
    text = run("check", DEMO, "--standard", standard)
    assert text.returncode == 1, text.stderr  # honest: the press sources make out no charge
    assert text.stderr == ""
    check_golden(
        ROOT / "tests" / "golden" / "check" / f"belarus_children.{standard}.txt", text.stdout
    )
    js = run("check", DEMO, "--standard", standard, "--format", "json")
    assert js.returncode == 1, js.stderr
    check_golden(
        ROOT / "tests" / "golden" / "check" / f"belarus_children.{standard}.json", js.stdout
    )


def test_json_report_has_the_contracted_keys() -> None:
    report = json.loads(run("check", DEMO, "--format", "json").stdout)
    assert report["report_version"]
    for charge in report["charges"]:
        assert {"accused", "crime", "article", "mode", "made_out", "elements"} <= charge.keys()
        for el in charge["elements"]:
            assert {"id", "part", "kind", "text", "status", "facts", "evidence"} <= el.keys()
            assert el["part"] in ("crime", "mode")
            assert el["status"] in ("supported", "insufficient", "contested", "missing")
            assert ("needs" in el) == (el["status"] != "supported")
            if el["status"] != "supported":
                assert el["needs"], (
                    f"{el['id']} is {el['status']} but says nothing about what is needed"
                )


@pytest.mark.parametrize("example", EXAMPLES)
def test_rete_and_reference_reports_are_byte_identical(example: str) -> None:
    rete = run("check", example, "--format", "json", "--engine", "rete")
    ref = run("check", example, "--format", "json", "--engine", "reference")
    assert rete.returncode in (0, 1), rete.stderr
    assert rete.stdout == ref.stdout
    assert rete.returncode == ref.returncode


def test_malformed_yaml_exits_2_with_a_location_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("case: x\naccused:\n  - id: a\n    name: [unclosed\n", encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{bad}:" in result.stderr and "error" in result.stderr


def test_unknown_standard_is_invalid_input_with_a_suggestion() -> None:
    result = run("check", DEMO, "--standard", "reasonable_ground")
    assert result.returncode == 2
    assert "reasonable_grounds" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_evaluates_as_if_the_items_did_not_exist() -> None:
    full = json.loads(run("check", DEMO, "--format", "json").stdout)
    less = json.loads(run("check", DEMO, "--format", "json", "--without", "E7").stdout)
    assert less["excluded"] == ["E7"]

    def status(report: dict[str, object], charge: int, element: str) -> str:
        els = report["charges"][charge]["elements"]  # type: ignore[index]
        return next(e["status"] for e in els if e["id"] == element)  # type: ignore[no-any-return]

    # the common plan (F4) rests on E7 alone
    assert status(full, 0, "common_plan") == "supported"
    assert status(less, 0, "common_plan") == "insufficient"


def test_diff_of_two_case_files_names_the_removed_evidence(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load((ROOT / DEMO).read_text(encoding="utf-8"))
    data["evidence"] = [e for e in data["evidence"] if e["id"] != "E7"]
    for fact in data["facts"]:
        if "evidence" in fact:
            fact["evidence"] = [e for e in fact["evidence"] if e != "E7"] or ["E9"]
    after = tmp_path / "without_e7.yaml"
    after.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("diff", DEMO, str(after))
    assert result.returncode == 1, result.stderr
    assert "common_plan" in result.stdout and "E7" in result.stdout
    same = run("diff", DEMO, DEMO)
    assert same.returncode == 0 and "No element changed status." in same.stdout


def test_output_file_is_written_and_the_case_file_is_never_touched(tmp_path: Path) -> None:
    before = (ROOT / DEMO).read_bytes()
    out = tmp_path / "report.html"
    result = run("check", DEMO, "--format", "html", "--output", str(out))
    assert result.returncode == 1 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (ROOT / DEMO).read_bytes() == before
    refused = run("check", DEMO, "--output", DEMO)
    assert refused.returncode == 2 and (ROOT / DEMO).read_bytes() == before


def test_only_the_program_runs_without_the_garbage_collector() -> None:
    """`cli.main.run` (the program) turns the cyclic collector off for a check and exits
    hard; `main` driven in-process (a test, a notebook) leaves the collector as it was."""
    import gc

    from click.testing import CliRunner

    from rome_elements.cli.main import main

    assert gc.isenabled()
    done = CliRunner().invoke(main, ["check", DEMO])
    assert done.exit_code == 1, done.output
    assert gc.isenabled()
    probe = "import gc, sys; sys.argv = ['elements', 'check', '{DEMO}']\n"
    probe += "import rome_elements.cli.main as m; real = m._run_check\n"
    probe += "def spy(*a, **k):\n    r = real(*a, **k); print('gc', gc.isenabled()); return r\n"
    probe += "m._run_check = spy; m.run()\n"
    done_proc = python("-c", probe.replace("{DEMO}", DEMO))
    assert done_proc.returncode == 1, done_proc.stderr
    assert done_proc.stdout.startswith("gc False\n")  # flushed before the hard exit, in full
    assert done_proc.stdout.rstrip().endswith(run("check", DEMO).stdout.rstrip())


def test_ctrl_c_while_the_arguments_are_read_exits_130() -> None:
    """Ctrl-C before any command runs (click reading the arguments) is an interruption like
    any other: "interrupted" and exit 130, not click's "Aborted!" and exit 1."""
    probe = (
        "import click, cli.main as m\n"
        "def stop(*a, **k):\n    raise KeyboardInterrupt\n"
        "click.Group.make_context = stop\n"
        "m.run()\n"
    )
    done = python("-c", probe)
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == "interrupted"
