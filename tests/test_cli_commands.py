"""The command line: situations (`check FOLDER`), the format from the output's extension, the
evidence chart, `schema`, `init` and `import`; the one validation of --standard, --option and
--without."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from bench_modules import bench_module
from click.testing import CliRunner, Result
from golden import ROOT

from rome_elements.cli.main import main
from rome_elements.engine.report_schema import report_schema, situation_schema

DEMO = ROOT / "examples" / "belarus_children.yaml"
SAMPLES = ROOT / "examples" / "import"


def run(
    *args: str, cwd: Path = ROOT, cache: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    if cache is not None:
        env["ELEMENTS_CACHE"] = str(cache)
    return subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def situation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-situation")
    return bench_module("situation").make_situation(folder, 4, broken_every=4)


def test_a_situation_folder_is_checked_and_aggregated(situation: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    one = run("check", str(situation), "--format", "json", "--jobs", "1", cache=cache)
    assert one.returncode == 0, one.stderr  # every charge is made out in some incident
    data = json.loads(one.stdout)
    jsonschema.Draft202012Validator(situation_schema()).validate(data)
    assert data["incidents_total"] == 4
    two = run("check", str(situation), "--format", "json", "--jobs", "2", cache=cache)
    assert two.stdout == one.stdout  # the same bytes, however the work is spread
    assert "4 of 4 incidents unchanged" in two.stderr  # the first run's results, from the cache
    fresh = run("check", str(situation), "--format", "json", "--jobs", "2", cache=tmp_path / "c2")
    assert fresh.stdout == one.stdout and "unchanged" not in fresh.stderr
    text = run("check", str(situation))
    assert "made out in 3 of 4 incidents" in text.stdout


def test_an_invalid_incident_fails_the_situation_with_its_location(
    situation: Path, tmp_path: Path
) -> None:
    import shutil

    copy = tmp_path / "s"
    shutil.copytree(situation, copy)
    bad = copy / "incident-2.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("type: transfer", "type: transferr"))
    result = run("check", str(copy))
    assert result.returncode == 2
    assert "incident-2.yaml:" in result.stderr and "did you mean `transfer`?" in result.stderr


def test_jobs_are_for_situations() -> None:
    result = run("check", str(DEMO), "--jobs", "2")
    assert result.returncode == 2 and "for a situation" in result.stderr


@pytest.mark.parametrize(
    "name, starts",
    [
        ("memo.html", "<!DOCTYPE html>"),
        ("report.json", "{"),
        ("memo.md", "# "),
        ("chart.csv", "charge,"),
    ],
)
def test_the_output_s_extension_chooses_the_format(tmp_path: Path, name: str, starts: str) -> None:
    target = tmp_path / name
    assert run("check", str(DEMO), "-o", str(target)).returncode == 1
    assert target.read_text(encoding="utf-8").startswith(starts)
    if name.endswith(".json"):
        jsonschema.Draft202012Validator(report_schema()).validate(json.loads(target.read_text()))


def test_the_chart_as_a_workbook(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    assert run("check", str(DEMO), "--format", "xlsx").returncode == 2  # no file to write to
    target = tmp_path / "chart.xlsx"
    assert run("check", str(DEMO), "-o", str(target)).returncode == 1
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("charge", "accused", "crime") and len(rows) > 10


def test_init_writes_a_case_file_that_checks(tmp_path: Path) -> None:
    result = run("init", "new.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    checked = run("check", str(tmp_path / "new.yaml"), "--format", "json")
    assert checked.returncode == 1, checked.stderr  # valid; not every element is supported
    assert run("init", "new.yaml", cwd=tmp_path).returncode == 2  # never over a file


def test_schema_prints_valid_schemas() -> None:
    for kind in ("case", "report", "situation"):
        result = run("schema", kind)
        assert result.returncode == 0, result.stderr
        jsonschema.Draft202012Validator.check_schema(json.loads(result.stdout))


def test_import_writes_an_incident_file(tmp_path: Path) -> None:
    target = tmp_path / "imported.yaml"
    result = run(
        "import",
        str(SAMPLES / "register.csv"),
        "--mapping",
        str(SAMPLES / "mapping-csv.yaml"),
        "--into",
        str(DEMO),
        "-o",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    assert "imported 210 facts" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("case: Imported from register.csv")
    refused = run(
        "import",
        str(SAMPLES / "register.csv"),
        "-m",
        str(SAMPLES / "mapping-csv.yaml"),
        "--into",
        str(DEMO),
        "-o",
        str(SAMPLES / "register.csv"),
    )
    assert refused.returncode == 2 and "refusing to overwrite" in refused.stderr


# ---- --standard, --option, --without: one validation, before the case file is read ------------


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_an_option_given_twice_with_different_choices_names_both() -> None:
    result = invoke(
        "check",
        "no-such-case.yaml",  # never read: the contradiction is found first
        "--option",
        "superior_causation=none",
        "--option",
        "superior_causation=but_for",
    )
    assert result.exit_code == 2
    assert (
        "error: --option `superior_causation` is given twice, with different choices: "
        "`none` and `but_for`" in result.stderr
    )
    assert "no-such-case" not in result.stderr


def test_the_same_choice_twice_is_fine() -> None:
    once = invoke("check", str(DEMO), "--option", "superior_causation=none")
    twice = invoke(
        "check",
        str(DEMO),
        "--option",
        "superior_causation=none",
        "--option",
        "superior_causation=none",
    )
    assert once.exit_code == twice.exit_code == 1
    assert once.stdout == twice.stdout


@pytest.mark.parametrize(
    ("args", "message", "suggestion"),
    [
        (("--option", "superior_causaton=none"), "unknown option `superior_causaton`", None),
        (
            ("--option", "superior_causation=butfor"),
            'option `superior_causation` has no choice "butfor"',
            "but_for",
        ),
        (("--standard", "reasonable_ground"), "unknown standard `reasonable_ground`", None),
        (("--option", "superior_causation"), "write NAME=CHOICE", None),
    ],
)
def test_unknown_names_are_found_before_the_case_file_is_read(
    args: tuple[str, ...], message: str, suggestion: str | None
) -> None:
    result = invoke("check", "no-such-case.yaml", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "no-such-case" not in result.stderr  # the case file was not opened
    if suggestion:
        assert f"did you mean `{suggestion}`?" in result.stderr


def test_every_bad_choice_is_reported_at_once() -> None:
    result = invoke("check", str(DEMO), "--standard", "reasonable_ground", "--option", "nothing=x")
    assert result.exit_code == 2
    assert "2 errors" in result.stderr


def test_without_names_the_nearest_id() -> None:
    result = invoke("check", str(DEMO), "--without", "E99,F1")
    assert result.exit_code == 2
    assert "--without names `E99`, which is neither an evidence item nor a fact" in result.stderr
    assert "did you mean `E9`?" in result.stderr


def test_diff_shares_the_validation() -> None:
    result = invoke("diff", str(DEMO), str(DEMO), "--option", "x=y", "--option", "x=z")
    assert result.exit_code == 2
    assert "--option `x` is given twice, with different choices: `y` and `z`" in result.stderr
