"""The command line: situations (`check FOLDER`), the format from the output's extension, the
evidence chart, `schema`, `init` and `import`; the one validation of --standard, --option and
--without."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from bench_modules import bench_module
from click.testing import CliRunner, Result
from golden import ROOT, check_golden

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


def test_a_situation_as_a_sheet_and_a_memo(situation: Path, tmp_path: Path) -> None:
    """Every format: a row per incident x charge in CSV and XLSX (the same rows), and a Word
    memo with the summary; a workbook or a memo needs a file to go to."""
    import csv
    import io

    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    cache = tmp_path / "cache"
    sheet = run("check", str(situation), "--format", "csv", "--jobs", "1", cache=cache)
    assert sheet.returncode == 0, sheet.stderr
    rows = list(csv.reader(io.StringIO(sheet.stdout)))
    assert rows[0][:3] == ["incident", "case", "standard"]
    charges = json.loads(run("check", str(situation), "--format", "json", cache=cache).stdout)
    per_incident = [(i["file"], c) for i in charges["incidents"] for c in i["charges"]]
    assert len(rows) - 1 == len(per_incident) == 4 * 12  # 4 incidents x the context's 12
    by_key = {(r[0], r[3], r[5], r[7]): r for r in rows[1:]}
    for file, c in per_incident:
        row = by_key[(file, c["accused"], c["article"], c["mode"])]
        assert row[8] == c["result"] and int(row[9]) == len(c["acts_made_out"])
        failing = ", ".join(f"{e['id']} {e['status']}" for e in c["failing"])
        assert row[15] == ("" if c["made_out"] else failing)
    undated = [r for r in rows[1:] if r[0] == "incident-4.yaml"]  # broken_every=4
    assert undated and all(r[8] != "made_out" and r[15] for r in undated)
    for fmt in ("xlsx", "docx"):
        refused = run("check", str(situation), "--format", fmt, cache=cache)
        assert refused.returncode == 2 and "give it a file with -o" in refused.stderr
    book = tmp_path / "situation.xlsx"
    assert run("check", str(situation), "-o", str(book), cache=cache).returncode == 0
    cells = list(openpyxl.load_workbook(book).active.iter_rows(values_only=True))
    assert [[("" if v is None else str(v)) for v in r] for r in cells] == rows
    memo = tmp_path / "situation.docx"
    assert run("check", str(situation), "-o", str(memo), cache=cache).returncode == 0
    text = "\n".join(p.text for p in docx.Document(str(memo)).paragraphs)
    assert "4 incidents" in text and "charges made out in at least one incident" in text


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


def test_jobs_share_one_case_s_charges_among_processes_and_the_scheduler_is_for_situations() -> (
    None
):
    alone = run("check", str(DEMO), "--format", "json")
    shared = run("check", str(DEMO), "--format", "json", "--jobs", "2")
    assert shared.returncode == alone.returncode == 1
    assert shared.stdout == alone.stdout and shared.stderr == alone.stderr == ""
    result = run("check", str(DEMO), "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2 and "--scheduler is for a situation" in result.stderr


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


# ---- diff: formats, and hand-made hostile JSON reports ------------------------------------------


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("diff")
    before, after = folder / "before.json", folder / "after.json"
    old = os.getcwd()
    os.chdir(ROOT)  # the reports name the case file as given: relative, the same everywhere
    try:
        assert invoke("check", "examples/belarus_children.yaml", "-o", str(before)).exit_code == 1
        assert (
            invoke(
                "check", "examples/belarus_children.yaml", "--without", "E7", "-o", str(after)
            ).exit_code
            == 1
        )
    finally:
        os.chdir(old)
    return before, after


@pytest.mark.parametrize(("fmt", "suffix"), [("markdown", "md"), ("json", "json")])
def test_diff_formats_golden(two_reports: tuple[Path, Path], fmt: str, suffix: str) -> None:
    result = invoke("diff", *map(str, two_reports), "--format", fmt)
    assert result.exit_code == 1, result.stderr  # statuses changed
    check_golden(
        ROOT / "tests" / "golden" / "reports" / f"belarus_children_without_E7.diff.{suffix}",
        result.stdout,
    )


def test_diff_json_is_a_versioned_document(two_reports: tuple[Path, Path]) -> None:
    doc = json.loads(invoke("diff", *map(str, two_reports), "--format", "json").stdout)
    assert doc["diff_version"] == "1.0" and doc["changed"] is True
    assert doc["excluded_only_after"] == ["E7"]
    # one: the undated F1 leaves the links that rested on E7 (intent, assistance) missing anyway
    assert doc["summary"]["status_changes"] == 1
    same = json.loads(
        invoke("diff", str(two_reports[0]), str(two_reports[0]), "--format", "json").stdout
    )
    assert same["changed"] is False


def test_diff_format_follows_the_output_extension(
    two_reports: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "changes.md"
    assert invoke("diff", *map(str, two_reports), "-o", str(out)).exit_code == 1
    assert out.read_text(encoding="utf-8").startswith("# What changed between two reports\n")


def _hostile(path: Path, kind: str) -> None:
    good = '"report_version": "2.0"'
    texts = {
        "deep": "{" + good + ', "charges": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "long number": "{" + good + ', "charges": [{"made_out": ' + "9" * 5_000 + "}]}",
        "long version": '{"report_version": ' + "9" * 5_000 + ', "charges": []}',
        "lone surrogate": "{" + good + ', "case": "\\ud800", "charges": []}',
        "wrong type": "{" + good + ', "charges": [{"elements": [{"chains": 5}]}]}',
        "not an object": "[1, 2]",
        "not a report": '{"a": 1}',
        "version": '{"report_version": "9.1", "charges": []}',
        "not UTF-8": "",
    }
    if kind == "not UTF-8":
        path.write_bytes(b'{"report_version": "2.0", "case": "\xe9", "charges": []}')
    else:
        path.write_text(texts[kind], encoding="utf-8")


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("deep", "nested too deeply"),
        ("long number", "expected true or false, not text (a number too long to read as one)"),
        ("long version", "this diff reads versions 1 and 2"),
        ("lone surrogate", "is not valid Unicode"),
        ("wrong type", "expected a list, not a number"),
        ("not an object", "expected an object, not a list"),
        ("not a report", "is not an `elements` report"),
        ("version", 'it has version "9.1"'),
        ("not UTF-8", "not valid UTF-8"),
    ],
)
def test_diff_of_a_hostile_report_is_a_located_exit_2(
    two_reports: tuple[Path, Path], tmp_path: Path, kind: str, message: str
) -> None:
    """Hand-made JSON that is not a report the diff can read: every case a clean exit 2 at
    its file, line and column — never a traceback, never exit 3 (issue 19)."""
    bad = tmp_path / "bad.json"
    _hostile(bad, kind)
    result = invoke("diff", str(two_reports[0]), str(bad))
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert message in result.stderr
    assert f"{bad}:1:" in result.stderr
    assert "Traceback" not in result.output and "internal error" not in result.output


def test_a_report_with_confidential_evidence_is_never_quoted(tmp_path: Path) -> None:
    doc = {
        "report_version": "2.0",
        "charges": [{"made_out": "yes"}],
        "evidence": [{"id": "E1", "confidential": True, "excerpt": "the secret"}],
    }
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")  # one line: the excerpt is on it
    result = invoke("diff", str(bad), str(bad))
    assert result.exit_code == 2
    assert "the secret" not in result.stderr
    assert "charges[0].made_out" in result.stderr


# ---- --grade: a trainer re-grades an evidence item for one run ---------------------------------


def test_grade_weighs_an_item_as_if_graded_so_and_the_report_says_so() -> None:
    plain = json.loads(invoke("check", str(DEMO), "--format", "json").stdout)
    result = invoke("check", str(DEMO), "--grade", "E7=E5", "--format", "json")
    assert result.exit_code == 1, result.stderr
    regraded = json.loads(result.stdout)
    assert regraded["regraded"] == [{"id": "E7", "grade": "E5", "original": "B2"}]
    assert "regraded" not in plain  # only when an item was re-graded
    jsonschema.validate(regraded, report_schema())
    assert [e["grade"] for e in regraded["evidence"] if e["id"] == "E7"] == ["E5"]

    def status(report: dict[str, object], element: str) -> str:
        els = report["charges"][0]["elements"]  # type: ignore[index]
        return next(e["status"] for e in els if e["id"] == element)  # type: ignore[no-any-return]

    # the common plan (F4) rests on E7 alone: graded E5, it no longer meets the standard
    assert status(plain, "common_plan") == "supported"
    assert status(regraded, "common_plan") == "insufficient"
    for fmt in ("text", "markdown", "html"):
        out = invoke("check", str(DEMO), "--grade", "E7=E5", "--format", fmt).stdout
        assert "Re-graded for this run (--grade): E7 is weighed as E5" in out, fmt


def test_grading_an_item_at_its_own_grade_changes_nothing() -> None:
    plain = invoke("check", str(DEMO), "--format", "json").stdout
    assert invoke("check", str(DEMO), "--grade", "E7=B2", "--format", "json").stdout == plain


@pytest.mark.parametrize(
    ("grades", "message", "suggestion"),
    [
        (("E77=E5",), "--grade names `E77`, which is not an evidence item of the case", "E7"),
        (("E7=b2",), "--grade E7=b2: `b2` is not a grade", "B2"),
        (("E7=G9",), "--grade E7=G9: `G9` is not a grade", None),
        (("E7",), '--grade "E7": write ID=GRADE', None),
        (
            ("E7=E5", "E7=C3"),
            "--grade `E7` is given twice, with different grades: `E5` and `C3`",
            None,
        ),
    ],
)
def test_a_bad_grade_is_exit_2_with_the_nearest_valid_value(
    grades: tuple[str, ...], message: str, suggestion: str | None
) -> None:
    args = [x for g in grades for x in ("--grade", g)]
    result = invoke("check", str(DEMO), *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    if suggestion:
        assert f"did you mean `{suggestion}`?" in result.stderr
    assert "Traceback" not in result.output


def test_grade_is_refused_for_a_situation(situation: Path) -> None:
    result = invoke("check", str(situation), "--grade", "E1=E5")
    assert result.exit_code == 2
    assert "--grade is for one case file" in result.stderr


def test_diff_names_an_evidence_item_weighed_at_another_grade(tmp_path: Path) -> None:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert invoke("check", str(DEMO), "-o", str(before)).exit_code == 1
    assert invoke("check", str(DEMO), "--grade", "E7=E5", "-o", str(after)).exit_code == 1
    result = invoke("diff", str(before), str(after))
    assert result.exit_code == 1
    assert "Evidence E7 weighed at another grade: B2 → E5" in result.stdout
    doc = json.loads(invoke("diff", str(before), str(after), "--format", "json").stdout)
    assert doc["evidence_grade_changed"] == [{"id": "E7", "before": "B2", "after": "E5"}]


def test_diff_of_reports_whose_ids_hold_5000_digit_numbers(
    two_reports: tuple[Path, Path], tmp_path: Path
) -> None:
    """Python refuses to read more than 4,300 digits as a number; ids are ordered naturally
    (E2 before E10), so such an id once ended the diff with an internal error (issue 19)."""
    doc = json.loads(two_reports[0].read_text(encoding="utf-8"))
    doc["charges"][0]["elements"][0]["facts"] = [
        "9" * 5000,
        "F" + "8" * 5000,
        "F" + "0" * 4999 + "7",
    ]
    doc["evidence"].append({"id": "E" + "7" * 5000})
    hostile = tmp_path / "long_ids.json"
    hostile.write_text(json.dumps(doc), encoding="utf-8")
    result = invoke("diff", str(two_reports[0]), str(hostile), "--format", "json")
    assert result.exit_code == 0, result.output  # no status changed
    out = json.loads(result.stdout)
    assert out["evidence_only_after"] == ["E" + "7" * 5000]
    added = out["charges"][0]["elements"][0]["facts_added"]
    # natural order: numbers before text; a number of more than 4,000 digits after the others
    assert added == ["9" * 5000, "F" + "0" * 4999 + "7", "F" + "8" * 5000]


def test_a_situation_s_options_are_checked_once_before_its_files(tmp_path: Path) -> None:
    result = invoke("check", str(tmp_path), "--option", "superior_causaton=none")
    assert result.exit_code == 2, result.stderr
    assert "unknown option `superior_causaton`" in result.stderr
    assert "did you mean `superior_causation`?" in result.stderr
    assert result.stderr.count("error:") == 1  # not once per incident, not "no incident files"


def test_diff_reads_a_case_file_written_in_json(tmp_path: Path) -> None:
    import yaml

    case = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    shutil.copytree(DEMO.parent / "sources", tmp_path / "sources")
    as_json = tmp_path / "case.json"
    as_json.write_text(json.dumps(case, default=str), encoding="utf-8")
    result = invoke("diff", str(DEMO), str(as_json))
    assert result.exit_code == 0, result.output
    assert "No element changed status." in result.stdout


def test_check_reads_the_case_file_from_standard_input() -> None:
    """`elements check -` reads the case from standard input (named <stdin> in the report and
    in every message), with the same result as the file."""
    import subprocess
    import sys

    case = ROOT / "examples" / "belarus_children.yaml"
    run = [sys.executable, "-m", "rome_elements.cli.main", "check"]
    from_file = subprocess.run(
        [*run, str(case), "--format", "json"], capture_output=True, text=True, cwd=ROOT
    )
    piped = subprocess.run(
        [*run, "-", "--format", "json"],
        input=case.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        cwd=case.parent,  # the files its evidence names resolve from the current folder
    )
    assert piped.returncode == from_file.returncode == 1, piped.stderr
    assert json.loads(piped.stdout)["charges"] == json.loads(from_file.stdout)["charges"]
    bad = subprocess.run([*run, "-"], input="case: x\nfoo: 1\n", capture_output=True, text=True)
    assert bad.returncode == 2
    assert "<stdin>:2:1: error: unknown key `foo` in the case file" in bad.stderr
