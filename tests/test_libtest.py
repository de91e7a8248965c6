"""`elements test`: the bundled library tests pass on both engines and cover the whole library;
the runner's report of failures and of invalid test files is pinned by golden files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from golden import ROOT, check_golden

from rome_elements.cli.libtest import (
    STATUSES,
    TestOutcome,
    coverage,
    main_test,
    render_outcomes,
    run_tests,
)
from rome_elements.rules.library import Library
from rome_elements.rules.load import load_library

FIXTURES = ROOT / "tests" / "libtest"
NOT_A_LIST = "a mapping (a group of `key: value` lines)"


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def reference_outcomes(library: Library) -> list[TestOutcome]:
    outcomes, diags = run_tests(engine="reference", lib=library)
    assert not diags, [d.message for d in diags]
    return outcomes


def test_bundled_library_tests_pass_with_the_reference_evaluator(
    reference_outcomes: list[TestOutcome],
) -> None:
    failed = [o for o in reference_outcomes if not o.passed]
    assert reference_outcomes
    assert not failed, render_outcomes(failed)


def test_bundled_library_tests_pass_with_rete(library: Library) -> None:
    outcomes, diags = run_tests(engine="rete", lib=library)
    assert not [d for d in diags if d.severity == "error"], [d.message for d in diags]
    failed = [o for o in outcomes if not o.passed]
    assert outcomes
    assert not failed, render_outcomes(failed)


def test_every_crime_and_mode_has_an_all_supported_and_a_one_missing_test(
    library: Library, reference_outcomes: list[TestOutcome]
) -> None:
    found = coverage(reference_outcomes)
    gaps = []
    for scope in sorted([*library.crimes, *library.modes]):
        cov = found.get(scope)
        if cov is None or not cov.all_supported:
            gaps.append(f"{scope}: no test expects every element supported")
        if cov is None or not cov.one_missing:
            gaps.append(
                f"{scope}: no test expects exactly one element missing, the others supported"
            )
    assert not gaps, "\n".join(gaps)


def test_bundled_tests_expect_every_status_and_both_sides_of_jurisdiction(
    reference_outcomes: list[TestOutcome],
) -> None:
    charges = [c for o in reference_outcomes for c in o.charges]
    assert set(STATUSES) <= {status for c in charges for _, _, status in c.expected}
    assert any(c.absent for c in charges), "no test shows an option removing an element"
    assert {"within", "outside"} <= {c.jurisdiction for c in charges}


def test_a_changed_rule_makes_a_bundled_test_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Co-perpetration's awareness element rewritten to read the wrong state of mind: the test
    that leaves out that state of mind must now fail, naming the element."""
    monkeypatch.setenv("ELEMENTS_CACHE", str(tmp_path / "cache"))  # keep the user's cache clean
    shutil.copytree(
        ROOT / "elements", tmp_path / "elements", ignore=shutil.ignore_patterns("tests", "__*")
    )
    rules = tmp_path / "elements" / "modes" / "participation.el"
    text = rules.read_text(encoding="utf-8")
    assert 'about == "essential_role"' in text
    rules.write_text(text.replace('about == "essential_role"', 'about == "common_plan"'), "utf-8")
    outcomes, diags = run_tests(engine="reference", lib=load_library([tmp_path / "elements"]))
    assert not diags
    failed = render_outcomes([o for o in outcomes if not o.passed])
    assert failed.startswith("FAIL co-perpetration — without awareness of his essential role")
    assert "aware_essential (mode element): expected missing, got supported" in failed
    assert failed.endswith("0 passed, 1 failed\n")


def test_failing_tests_are_reported_with_expected_actual_and_needs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code = main_test(("tests/libtest/failing.yaml",), "reference")
    out, err = capsys.readouterr()
    assert code == 1
    assert err == ""
    assert out.endswith("1 passed, 3 failed\n")
    check_golden(FIXTURES / "failing.expected", out)


def test_invalid_test_file_gives_located_errors_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code = main_test(("tests/libtest/invalid.yaml",), "reference")
    out, err = capsys.readouterr()
    assert code == 2
    assert out == "0 passed, 0 failed\n"
    assert "tests/libtest/invalid.yaml:6:13: error: unknown standard `reasonable_ground`" in err
    assert "Traceback" not in err
    check_golden(FIXTURES / "invalid.expected", err)


def test_broken_yaml_is_a_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("- name: x\n  case: [unclosed\n", encoding="utf-8")
    outcomes, diags = run_tests([bad], engine="reference")
    assert outcomes == []
    assert diags and diags[0].severity == "error"
    assert diags[0].span is not None and diags[0].span.file == str(bad)


def test_a_mapping_is_not_a_test_file_and_valid_tests_beside_a_bad_one_still_run(
    tmp_path: Path,
) -> None:
    (tmp_path / "mapping.yaml").write_text("name: x\n", encoding="utf-8")
    case = "cases/ituri.yaml"  # below the test file: a test reads no case outside its folder
    (tmp_path / "cases").mkdir()
    shutil.copy(
        ROOT / "elements" / "tests" / "cases" / "ituri_child_soldiers.yaml", tmp_path / case
    )
    (tmp_path / "mixed.yaml").write_text(
        f"- name: good\n  case: {case}\n  expect: [{{charge: 3, made_out: true}}]\n"
        f"- name: bad\n  case: {case}\n  expect: [{{charge: 3, made_out: maybe}}]\n",
        encoding="utf-8",
    )
    outcomes, diags = run_tests([tmp_path], engine="reference")
    assert [(o.name, o.passed) for o in outcomes] == [("good", True)]
    messages = [(d.span.line if d.span else None, d.message) for d in diags]
    assert messages == [
        (1, "a test file is a list of tests (`- name: …`), not " + NOT_A_LIST),
        (6, '`made_out:` must be true or false, not "maybe"'),
    ]


@pytest.mark.parametrize(
    "case",
    ["../../../etc/passwd", "/etc/passwd", "cases/../../outside.yaml", "link/outside.yaml"],
)
def test_a_case_path_outside_the_test_file_s_folder_is_refused(tmp_path: Path, case: str) -> None:
    """A test file is data: its `case:` may name files in its folder or below, nothing else —
    neither by `..`, nor by an absolute path, nor through a link (issue 19)."""
    folder = tmp_path / "tests"
    folder.mkdir()
    outside = tmp_path / "outside.yaml"
    shutil.copy(ROOT / "elements" / "tests" / "cases" / "ituri_child_soldiers.yaml", outside)
    (folder / "link").symlink_to(tmp_path)
    test_file = folder / "escape.yaml"
    test_file.write_text(
        f"- name: escape\n  case: {case}\n  expect: [{{charge: 3, made_out: true}}]\n",
        encoding="utf-8",
    )
    outcomes, diags = run_tests([test_file], engine="reference")
    assert outcomes == []
    assert [d.message for d in diags] == [
        f'`case:` names "{case}", which is outside the test file\'s folder'
    ]
    assert diags[0].span is not None
    assert (diags[0].span.file, diags[0].span.line, diags[0].span.column) == (str(test_file), 2, 9)


def test_a_case_in_a_subfolder_of_the_test_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    shutil.copy(
        ROOT / "elements" / "tests" / "cases" / "ituri_child_soldiers.yaml",
        tmp_path / "cases" / "ituri.yaml",
    )
    test_file = tmp_path / "ok.yaml"
    test_file.write_text(
        "- name: inside\n  case: ./cases/../cases/ituri.yaml\n"
        "  expect: [{charge: 3, made_out: true}]\n",
        encoding="utf-8",
    )
    outcomes, diags = run_tests([test_file], engine="reference")
    assert not diags
    assert [(o.name, o.passed) for o in outcomes] == [("inside", True)]


def test_elements_test_exits_2_for_a_case_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "t.yaml").write_text(
        "- name: escape\n  case: ../../../../../../etc/passwd\n  expect: [{charge: 1}]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main_test(("t.yaml",), "reference") == 2
    err = capsys.readouterr().err
    assert "t.yaml:2:9: error: `case:` names" in err
    assert "root:" not in err  # nothing of the file named was read
