"""`elements test`: library tests — case files with the element statuses they must produce.

A library test says: *this* case, at *this* standard of proof, under *these* options, must give
*these* statuses. The bundled tests (``elements/tests/*.yaml``) pin down what every crime and
mode of liability of the library does with realistic facts, so that a change to an element's
rule that changes a status shows up as a failing test, with the element, the status expected,
the status found and what the engine says is needed.

Running
    ``run_tests(paths, engine)`` runs the tests of each file (a folder stands for the
    ``*.yaml``/``*.yml`` files directly in it, not in its subfolders: case files can live in a
    subfolder). No path: the bundled ``elements/tests/`` folder. ``render_outcomes`` prints one
    line per test — ``PASS name`` or ``FAIL name`` followed by indented lines for each
    difference — and ends with ``N passed, N failed``. ``main_test`` does both and returns the
    exit code: 0 every test passed, 1 some test failed, 2 some test file is invalid (every
    problem listed, file:line:column, on standard error; the valid tests still run).

The format (also in ``elements/tests/README.md``)
    A test file is a YAML list of tests::

        - name: 8(2)(a)(vii)-1, direct perpetration — every element supported
          case: cases/kherson_children_home.yaml   # in this file's folder or below, or a mapping
          standard: reasonable_grounds             # optional; default: the case's standard
          options: {superior_causation: none}      # optional: NAME: CHOICE, as `check --option`
          without: [MK_PROTECTED]                  # optional: ids of facts or evidence to leave out
          note: why this test exists               # optional, free text
          expect:                                  # one entry per charge checked
            - charge: 1                            # the charge's number (1 = first), or select it
              crime: 8(2)(a)(vii)-1                #   by crime (article or id), mode and, if
              mode: direct_perpetration            #   needed, accused
              made_out: false                      # optional
              jurisdiction: within                 # optional: within | outside | undetermined
              elements:                            # element id: status
                protected_awareness: missing
              others: supported                    # optional: every element not listed

    Keys of a test: ``name`` (required, unique in its file), ``case`` (required), ``standard``,
    ``options``, ``without`` (a list, or ids separated by commas), ``note``, ``expect``
    (required, a non-empty list). Keys of an ``expect`` entry: ``charge``, ``crime``, ``mode``,
    ``accused`` (which charge: by number, or the one charge matching the others; none of them
    when the case has a single charge), ``made_out`` (true/false), ``jurisdiction``,
    ``elements`` (a mapping) and ``others``.

    Element ids are those of ``elements explain``: the crime's elements (with the elements of
    the groups it `use`s) and the mode's. An id that is both a crime and a mode element of the
    charge is written ``crime.ID`` or ``mode.ID``. Statuses: ``supported``, ``insufficient``,
    ``contested``, ``missing``, and ``absent`` — the element is not part of the charge under the
    options in force (an element declared ``when option == choice`` for another choice).
    Elements that are neither listed nor covered by ``others`` are not checked.

    An inline case is a mapping with the usual case-file keys (``case``, ``accused``,
    ``charges``, ``standard``, ``evidence``, ``facts``). It is checked in place, as the case
    loader checks a case file, so its errors point into the test file; YAML anchors let later
    tests of the file reuse it (``case: &base {...}``, then ``case: *base``).

What makes a test file invalid (exit 2): YAML that does not parse, a ``case:`` path outside
the test file's folder (``../x``, ``/x``, or through a link: a test file is data and reads no
other file), a key that is not one of the above, a value of the wrong kind, an unknown
standard, option, choice, status or element id (with the nearest known name), a ``without``
id the case does not have, an ``expect`` entry that matches no charge or several, and a case
that does not load. A test with such a problem is not run; the other tests are.

The modules
    ``libtest`` (this one) finds and runs the tests and prints their outcomes;
    ``libtest_read`` reads a test file (its tests' keys, their cases); ``libtest_expect``
    resolves ``expect:`` entries against the case and the library; ``libtest_file`` holds one
    file's document and reports its problems in place; ``libtest_compare`` compares a report
    with the expectations and says which tests cover what; ``libtest_model`` is the data they
    pass. The standard, options and ``without`` are checked by ``engine.choices``, as for
    ``elements check``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from rome_elements.base.diagnostics import Diagnostic, InputError, render_all
from rome_elements.base.vocabulary import STATUSES
from rome_elements.cli.libtest_compare import Coverage, compare, coverage
from rome_elements.cli.libtest_file import TestFile
from rome_elements.cli.libtest_model import (
    EXPECTED_STATUSES,
    ChargeResult,
    Difference,
    LibraryTest,
    TestOutcome,
)
from rome_elements.cli.libtest_read import Reader
from rome_elements.engine.analyse import MAX_CHAINS
from rome_elements.engine.check import EngineName, check
from rome_elements.rules.library import Library
from rome_elements.rules.load import load_library

__all__ = [
    "EXPECTED_STATUSES",
    "STATUSES",
    "ChargeResult",
    "Coverage",
    "Difference",
    "TestOutcome",
    "bundled_tests",
    "coverage",
    "main_test",
    "render_outcomes",
    "run_tests",
]


def bundled_tests() -> Path:
    """The library tests shipped in the `elements` package."""
    return Path(str(resources.files("rome_elements") / "tests"))


def run_tests(
    paths: Sequence[Path] = (),
    engine: str = "rete",
    lib: Library | None = None,
) -> tuple[list[TestOutcome], list[Diagnostic]]:
    """Run the library tests in `paths` (files, or folders of ``*.yaml`` files; none: the
    bundled tests). Returns the outcome of every valid test, and the problems found in the test
    files (errors) with the engine's notices (warnings)."""
    if engine not in ("rete", "reference"):
        raise ValueError(f"unknown engine {engine!r}")
    runner = _Runner(
        lib if lib is not None else load_library(), "reference" if engine == "reference" else "rete"
    )
    files = runner.test_files(list(paths) or [_display(bundled_tests())])
    for path in files:
        runner.run_file(path)
    return runner.outcomes, runner.diagnostics()


def main_test(paths: tuple[str, ...], engine: str, library: tuple[str, ...] = ()) -> int:
    """`elements test [PATH…] [--engine] [--library]`: run the tests, print the results (and the
    problems, on standard error) and return the exit code: 0 every test passed, 1 some test
    failed, 2 some test file is invalid. A library that does not load raises `InputError`."""
    import click

    lib = load_library(list(library) or None)
    outcomes, diags = run_tests([Path(p) for p in paths], engine, lib)
    click.echo(render_outcomes(outcomes), nl=False)
    if diags:
        click.echo(render_all(diags), err=True)
    if any(d.severity == "error" for d in diags):
        return 2
    return 0 if all(o.passed for o in outcomes) else 1


def render_outcomes(outcomes: Sequence[TestOutcome]) -> str:
    """``PASS name`` / ``FAIL name`` and what differed, then ``N passed, N failed``."""
    lines: list[str] = []
    for outcome in outcomes:
        if outcome.passed:
            lines.append(f"PASS {outcome.name}")
            continue
        lines.append(f"FAIL {outcome.name}")
        lines.append(f"  at {outcome.span if outcome.span is not None else outcome.file}")
        for charge in outcome.charges:
            if not charge.differences:
                continue
            lines.append(
                f"  charge {charge.number}: {charge.accused}, "
                f"{charge.article or charge.crime} by {charge.mode}"
            )
            for diff in charge.differences:
                lines.append(f"    {diff.subject}: expected {diff.expected}, got {diff.actual}")
                lines.extend(f"      {need}" for need in diff.needs)
    passed = sum(1 for o in outcomes if o.passed)
    lines.append(f"{passed} passed, {len(outcomes) - passed} failed")
    return "\n".join(lines) + "\n"


def _display(path: Path) -> Path:
    """`path` relative to the working directory when it lies inside it (shorter messages)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


class _Runner:
    """Reads each test file, then runs its valid tests."""

    def __init__(self, lib: Library, engine: EngineName) -> None:
        self.lib = lib
        self.engine: EngineName = engine
        self.reader = Reader(lib)
        self.outcomes: list[TestOutcome] = []
        self.notices: list[str] = []

    def test_files(self, paths: Sequence[Path]) -> list[Path]:
        return self.reader.test_files(paths)

    def diagnostics(self) -> list[Diagnostic]:
        return self.reader.errors + [Diagnostic("warning", n) for n in dict.fromkeys(self.notices)]

    def run_file(self, path: Path) -> None:
        f, tests = self.reader.read_file(path)
        for test in tests:
            assert f is not None
            outcome = self.run(test, f)
            if outcome is not None:
                self.outcomes.append(outcome)

    def run(self, test: LibraryTest, f: TestFile) -> TestOutcome | None:
        # an expectation about one act needs that act's elements, however far down the act
        # ranks: the report lists only the first acts in full unless every chain is asked for
        every_act = any(exp.act is not None for exp in test.expect)
        try:
            result = check(
                self.lib,
                test.case,
                standard=test.standard,
                engine=self.engine,
                options=test.options,
                without=test.without,
                max_chains=None if every_act else MAX_CHAINS,
            )
        except InputError as err:  # validated above; kept for safety, located at the test
            span = f.doc.span(test.path)
            self.reader.errors.extend(
                replace(d, span=d.span or span, context=f"test `{test.name}`")
                for d in err.diagnostics
            )
            return None
        self.notices.extend(result.notices)
        charges = tuple(compare(result.report, exp) for exp in test.expect)
        return TestOutcome(test.name, f.doc.file, f.doc.span(test.path), charges)
