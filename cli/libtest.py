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
          case: cases/kherson_children_home.yaml   # a path relative to this file, or a mapping
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

What makes a test file invalid (exit 2): YAML that does not parse, a key that is not one of
the above, a value of the wrong kind, an unknown standard, option, choice, status or element
id (with the nearest known name), a ``without`` id the case does not have, an ``expect`` entry
that matches no charge or several, and a case that does not load. A test with such a problem is
not run; the other tests are.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from rome_elements.base.diagnostics import Diagnostic, InputError, Span, nearest, render_all
from rome_elements.base.vocabulary import JURISDICTIONS, RESULTS, STATUSES
from rome_elements.engine.check import EngineName, check, vocabulary
from rome_elements.engine.choices import (
    Given,
    Pair,
    as_dict,
    id_problems,
    ids,
    option_problems,
    standard_problems,
)
from rome_elements.engine.report import ChargeFinding, ElementFinding, Report
from rome_elements.facts.document import Document, Positions, read_text
from rome_elements.facts.load import check_document, load_case, sort_diagnostics
from rome_elements.facts.model import Case
from rome_elements.facts.wording import show
from rome_elements.facts.yamlload import parse_yaml_collect
from rome_elements.rules.library import Library
from rome_elements.rules.load import load_library

EXPECTED_STATUSES = (*STATUSES, "absent")
"""What an expectation may say: a report status, or `absent` (not an element of the charge)."""
PARTS = ("crime", "mode")

TEST_KEYS: dict[str, str] = {
    "name": "what the test shows, in a few words",
    "case": "a case file (a path relative to the test file) or a case mapping",
    "standard": "the standard of proof",
    "options": "readings of unsettled law, NAME: CHOICE",
    "without": "ids of facts or evidence items to leave out",
    "note": "free text",
    "expect": "the statuses expected, one entry per charge",
}
EXPECT_KEYS: dict[str, str] = {
    "charge": "the charge's number in the case (1 = first)",
    "crime": "the charge's crime (article or id)",
    "mode": "the charge's mode of liability",
    "accused": "the charge's accused",
    "made_out": "true or false",
    "jurisdiction": "within, outside or undetermined",
    "result": "made_out, jurisdiction_undetermined, outside_jurisdiction or not_made_out",
    "act": "the id of the act whose elements are checked (default: the best act)",
    "elements": "element id: status",
    "others": "the status of every element not listed",
}


def bundled_tests() -> Path:
    """The library tests shipped in the `elements` package."""
    return Path(str(resources.files("rome_elements") / "tests"))


# ---- results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Difference:
    """One thing a test expected that the report does not say."""

    subject: str  # "protected_awareness (crime element)", "made_out", "jurisdiction"
    expected: str
    actual: str
    needs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChargeResult:
    """One `expect` entry: the charge it names, what it expects of each element (with `others`
    applied to the charge's elements), and how the report differs."""

    number: int  # 1-based, as in the text report
    accused: str
    crime: str  # library ids
    article: str
    mode: str
    expected: tuple[tuple[str, str, str], ...]  # (part, element id, status), report order
    complete: tuple[str, ...]  # the parts ("crime", "mode") whose every element is expected
    differences: tuple[Difference, ...]
    absent: tuple[tuple[str, str], ...] = ()  # (part, element id) expected not to apply
    made_out: bool | None = None  # as expected
    jurisdiction: str | None = None  # as expected

    def statuses(self, part: str) -> list[str]:
        return [status for p, _, status in self.expected if p == part]


@dataclass(frozen=True, slots=True)
class TestOutcome:
    """The result of one library test."""

    __test__ = False  # not a pytest test class

    name: str
    file: str
    span: Span | None
    charges: tuple[ChargeResult, ...]

    @property
    def passed(self) -> bool:
        return not any(c.differences for c in self.charges)


@dataclass
class Coverage:
    """Which tests show a crime's or mode's elements all supported, and exactly one missing."""

    all_supported: list[str] = field(default_factory=list)
    one_missing: list[str] = field(default_factory=list)


def coverage(outcomes: Iterable[TestOutcome]) -> dict[str, Coverage]:
    """Per crime and mode id: the tests whose expectations (not results) list every element of
    it as supported, or every element supported but exactly one missing."""
    out: dict[str, Coverage] = {}
    for outcome in outcomes:
        for charge in outcome.charges:
            for part, scope in (("crime", charge.crime), ("mode", charge.mode)):
                if part not in charge.complete:
                    continue
                statuses = charge.statuses(part)
                cov = out.setdefault(scope, Coverage())
                if all(s == "supported" for s in statuses):
                    _add(cov.all_supported, outcome.name)
                elif (
                    statuses.count("missing") == 1
                    and statuses.count("supported") == len(statuses) - 1
                ):
                    _add(cov.one_missing, outcome.name)
    return out


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)


# ---- running --------------------------------------------------------------------------------


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


# ---- one test file --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Expectation:
    """An `expect` entry, resolved: the charge (0-based), and element expectations keyed by
    (part, element id)."""

    index: int
    elements: dict[tuple[str, str], str]
    others: str | None
    made_out: bool | None
    jurisdiction: str | None
    result: str | None = None
    act: str | None = None


@dataclass
class _Test:
    name: str
    path: tuple[int]
    case: Case
    standard: str | None
    options: dict[str, str]
    without: list[str]
    expect: list[_Expectation]


class _Runner:
    def __init__(self, lib: Library, engine: EngineName) -> None:
        self.lib = lib
        self.engine: EngineName = engine
        self.vocabulary = vocabulary(lib)
        self.outcomes: list[TestOutcome] = []
        self.errors: list[Diagnostic] = []
        self.notices: list[str] = []
        self.cases: dict[str, Case | None] = {}  # case files by resolved path

    def diagnostics(self) -> list[Diagnostic]:
        return self.errors + [Diagnostic("warning", n) for n in dict.fromkeys(self.notices)]

    def test_files(self, paths: Sequence[Path]) -> list[Path]:
        files: list[Path] = []
        for path in paths:
            if path.is_dir():
                found = sorted(
                    p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()
                )
                if not found:
                    self.errors.append(Diagnostic("error", f"{path} holds no test files (*.yaml)"))
                files.extend(found)
            elif path.is_file():
                files.append(path)
            else:
                self.errors.append(Diagnostic("error", f"there is no test file or folder {path}"))
        return files

    def run_file(self, path: Path) -> None:
        file = str(path)
        try:
            text = read_text(path, file)
            if not text.strip():
                raise InputError([Diagnostic("error", "the test file is empty", Span(file, 1, 1))])
            doc, problems = parse_yaml_collect(text, file)
        except InputError as err:
            self.errors.extend(_in_test_file(err.diagnostics))
            return
        if problems:
            self.errors.extend(_in_test_file(problems))
            return
        checker = _FileChecker(doc, self)
        if not isinstance(doc.data, list):
            checker.error((), f"a test file is a list of tests (`- name: …`), not {show(doc.data)}")
            return
        names: dict[str, tuple[int]] = {}
        tests: list[_Test] = []
        errors_before = len(self.errors)
        for i, item in enumerate(doc.data):
            test = checker.test((i,), item, names)
            if test is not None:
                tests.append(test)
        self.errors[errors_before:] = sort_diagnostics(self.errors[errors_before:])
        for test in tests:
            outcome = self.run(test, checker)
            if outcome is not None:
                self.outcomes.append(outcome)

    def load_case(
        self, checker: _FileChecker, path: tuple[str | int, ...], value: Any, context: str
    ) -> Case | None:
        """The case of a test: a file relative to the test file, or an inline mapping (checked
        in place). Each case is loaded, and its problems reported, once."""
        doc = checker.doc
        if isinstance(value, str):
            case_path = Path(os.path.normpath(Path(doc.file).parent / value))
            key = str(case_path.resolve())
            if key not in self.cases:
                try:
                    self.cases[key] = load_case(case_path, self.vocabulary)
                except InputError as err:
                    self.cases[key] = None
                    span = doc.span(path)
                    self.errors.extend(
                        d if d.span else replace(d, span=span, context=d.context or context)
                        for d in err.diagnostics
                    )
            return self.cases[key]
        inline = checker.inline  # by id(): the mapping lives as long as the checker's document
        if id(value) not in inline:
            positions = Positions()
            assert doc.positions is not None, "YAML documents keep positions"
            positions.slots = doc.positions.slots
            positions.root = _value_position(doc, path)
            sub = Document(doc.file, doc.text, value, value, positions)
            case, problems = check_document(sub, self.vocabulary)
            inline[id(value)] = case
            self.errors.extend(
                replace(d, context=f"{context} › {d.context}" if d.context else context)
                for d in sort_diagnostics(problems)
            )
        return inline[id(value)]

    def run(self, test: _Test, checker: _FileChecker) -> TestOutcome | None:
        try:
            result = check(
                self.lib,
                test.case,
                standard=test.standard,
                engine=self.engine,
                options=test.options,
                without=test.without,
            )
        except InputError as err:  # validated above; kept for safety, located at the test
            span = checker.doc.span(test.path)
            self.errors.extend(
                replace(d, span=d.span or span, context=f"test `{test.name}`")
                for d in err.diagnostics
            )
            return None
        self.notices.extend(result.notices)
        charges = tuple(_compare(result.report, exp) for exp in test.expect)
        return TestOutcome(test.name, checker.doc.file, checker.doc.span(test.path), charges)


def _value_position(doc: Document, path: tuple[str | int, ...]) -> int | None:
    node: Any = doc.located
    for step in path[:-1]:
        node = node[step]
    assert doc.positions is not None
    return doc.positions.slot(node, path[-1])[1]


def _in_test_file(diags: Iterable[Diagnostic]) -> list[Diagnostic]:
    """YAML-level messages speak of "case files"; these are test files."""
    return [
        replace(
            d,
            message=d.message.replace("a case file", "a test file").replace(
                "the case file", "the test file"
            ),
        )
        for d in diags
    ]


def _compare(report: Report, exp: _Expectation) -> ChargeResult:
    finding: ChargeFinding = report.charges[exp.index]
    diffs: list[Difference] = []
    expected: list[tuple[str, str, str]] = []
    present: set[tuple[str, str]] = set()
    parts_seen: dict[str, bool] = {"crime": True, "mode": True}
    elements = finding.elements
    if exp.act is not None:
        acts = {a.act: a for a in finding.acts}
        if exp.act in acts:
            elements = acts[exp.act].elements
        else:
            listed = ", ".join(str(a) for a in acts) or "none"
            diffs.append(Difference("act", exp.act, f"not an act of this charge (acts: {listed})"))
            elements = ()
    for el in elements:
        key = (el.part, el.id)
        present.add(key)
        want = exp.elements.get(key, exp.others)
        if want is None:
            parts_seen[el.part] = False
            continue
        expected.append((el.part, el.id, want))
        if want != el.status:
            diffs.append(_element_difference(el, want))
    for (part, eid), want in exp.elements.items():
        if (part, eid) not in present and want != "absent":
            diffs.append(
                Difference(
                    f"{eid} ({part} element)",
                    want,
                    "absent",
                    ("not an element of this charge under the options in force",),
                )
            )
    if exp.made_out is not None and exp.made_out != finding.made_out:
        diffs.append(
            Difference("made_out", _bool(exp.made_out), _bool(finding.made_out), _why_not(finding))
        )
    if exp.result is not None and exp.result != finding.result:
        diffs.append(Difference("result", exp.result, finding.result, _why_not(finding)))
    if exp.jurisdiction is not None and exp.jurisdiction != finding.jurisdiction:
        diffs.append(
            Difference(
                "jurisdiction", exp.jurisdiction, finding.jurisdiction, finding.jurisdiction_reasons
            )
        )
    return ChargeResult(
        number=finding.index + 1,
        accused=finding.accused,
        crime=finding.crime,
        article=finding.article,
        mode=finding.mode,
        expected=tuple(expected),
        complete=tuple(p for p in PARTS if parts_seen[p]),
        differences=tuple(diffs),
        absent=tuple(k for k, want in exp.elements.items() if want == "absent"),
        made_out=exp.made_out,
        jurisdiction=exp.jurisdiction,
    )


def _element_difference(el: ElementFinding, want: str) -> Difference:
    needs: tuple[str, ...] = ()
    if el.status != "supported":
        needs = el.needs
    return Difference(f"{el.id} ({el.part} element)", want, el.status, needs)


def _why_not(finding: ChargeFinding) -> tuple[str, ...]:
    if finding.made_out:
        return ()
    counts = ", ".join(f"{n} {s}" for s, n in finding.counts().items() if n)
    reasons = [f"elements: {counts}" + (f" (act {finding.act})" if finding.act else "")]
    if finding.jurisdiction == "outside":
        reasons.append("the charge is outside the Court's jurisdiction")
    if finding.jurisdiction == "undetermined":
        reasons += [f"jurisdiction undetermined: {r}" for r in finding.jurisdiction_reasons]
    return tuple(reasons)


def _bool(value: bool) -> str:
    return "true" if value else "false"


# ---- checking a test file's contents ----------------------------------------------------------

DataPath = tuple[str | int, ...]


class _FileChecker:
    """Reads the tests of one file, reporting every problem with its position."""

    def __init__(self, doc: Document, runner: _Runner) -> None:
        self.doc = doc
        self.runner = runner
        self.lib = runner.lib
        self.inline: dict[int, Case | None] = {}  # inline cases of this file, by id(mapping)

    def error(
        self,
        path: DataPath,
        message: str,
        *,
        key: bool = False,
        expected: str | None = None,
        suggestion: str | None = None,
        context: str | None = None,
        notes: tuple[str, ...] = (),
    ) -> None:
        self.runner.errors.append(
            Diagnostic(
                "error",
                message,
                self.where(path, key=key),
                expected=expected,
                suggestion=suggestion,
                context=context,
                notes=notes,
            )
        )

    def where(self, path: DataPath, *, key: bool = False) -> Span | None:
        """The span of the value at `path` (of its key, with `key`), else of the nearest
        enclosing one."""
        span = self.doc.key_span(path) if key else self.doc.span(path)
        return span if span is not None else self.doc.nearest_span(path[:-1])

    def given(self, path: DataPath, text: str, *, key: bool = False) -> Given:
        return Given(text, self.where(path, key=key))

    def add(self, problems: Iterable[Diagnostic], context: str) -> None:
        """Problems found by the shared checks of `engine.choices`, in this test."""
        self.runner.errors.extend(replace(d, context=context) for d in problems)

    def unknown_keys(
        self,
        path: DataPath,
        mapping: Mapping[str, Any],
        allowed: Mapping[str, str],
        where: str,
        context: str | None,
    ) -> bool:
        ok = True
        for key in mapping:
            if key not in allowed:
                ok = False
                self.error(
                    (*path, key),
                    f"unknown key `{key}` in {where}",
                    key=True,
                    expected="one of " + ", ".join(f"`{k}`" for k in allowed),
                    suggestion=nearest(key, allowed),
                    context=context,
                )
        return ok

    def text(self, path: DataPath, value: Any, what: str, context: str | None) -> str | None:
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.error(path, f"{what} must be text, not {show(value)}", context=context)
        return None

    # ---- a test -----------------------------------------------------------------------------

    def test(self, path: tuple[int], item: Any, names: dict[str, tuple[int]]) -> _Test | None:
        if not isinstance(item, dict):
            self.error(
                path,
                f"a test is a mapping with `name:`, `case:` and `expect:`, not {show(item)}",
                expected="; ".join(f"`{k}`: {v}" for k, v in TEST_KEYS.items()),
            )
            return None
        errors_before = len(self.runner.errors)
        name = None
        if "name" in item:
            name = self.text((*path, "name"), item["name"], "a test's `name`", None)
        else:
            self.error(
                path,
                "this test has no `name:`",
                expected="`name:` what the test shows, in a few words",
            )
        context = f"test `{name}`" if name else f"test {path[0] + 1} of the file"
        if name is not None:
            if name in names:
                first = self.doc.span(names[name])
                self.error(
                    (*path, "name"),
                    f"two tests are named `{name}`",
                    notes=(
                        f"the first is at line {first.line}; give each test its own name"
                        if first
                        else "give each test its own name",
                    ),
                )
            names.setdefault(name, path)
        self.unknown_keys(path, item, TEST_KEYS, "a test", context)
        standard = self.standard(path, item, context)
        options = self.options(path, item, context)
        without = self.without(path, item, context)
        expect = self.expect_entries(path, item, context)
        case = None
        if "case" not in item:
            self.error(
                path, "this test has no `case:`", expected=TEST_KEYS["case"], context=context
            )
        elif isinstance(item["case"], (str, dict)):
            case = self.runner.load_case(self, (*path, "case"), item["case"], context)
        else:
            self.error(
                (*path, "case"),
                f"`case:` must be a path or a case mapping, not {show(item['case'])}",
                context=context,
            )
        if "note" in item and not isinstance(item["note"], str):
            self.error(
                (*path, "note"), f"`note:` must be text, not {show(item['note'])}", context=context
            )
        if case is not None and without:
            self.add(id_problems(case, without, "`without:`"), context)
        resolved = []
        if case is not None:
            for entry, epath in expect:
                exp = self.expectation(epath, entry, case, context)
                if exp is not None:
                    resolved.append(exp)
            self.duplicate_charges(resolved, expect, context)
        if len(self.runner.errors) > errors_before or case is None or name is None:
            return None
        return _Test(name, path, case, standard, options, [x.text for x in without], resolved)

    def standard(self, path: DataPath, item: Mapping[str, Any], context: str) -> str | None:
        if "standard" not in item:
            return None
        where = (*path, "standard")
        value = self.text(where, item["standard"], "`standard:`", context)
        if value is None:
            return None
        problems = standard_problems(self.lib, self.given(where, value))
        self.add(problems, context)
        return None if problems else value

    def options(self, path: DataPath, item: Mapping[str, Any], context: str) -> dict[str, str]:
        value = item.get("options")
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(
                (*path, "options"),
                f"`options:` must be a mapping NAME: CHOICE, not {show(value)}",
                context=context,
            )
            return {}
        given: list[Pair] = []
        for name, choice in value.items():
            where = (*path, "options", name)
            if not isinstance(choice, str):
                self.error(where, f"option `{name}` has no choice {show(choice)}", context=context)
                continue
            given.append((self.given(where, str(name), key=True), self.given(where, choice)))
        problems = option_problems(self.lib, given, "`options:`")
        self.add(problems, context)
        return {} if problems or len(given) < len(value) else as_dict(given)

    def without(self, path: DataPath, item: Mapping[str, Any], context: str) -> list[Given]:
        value = item.get("without")
        if value is None:
            return []
        where = (*path, "without")
        if isinstance(value, str):
            return [self.given(where, x.text) for x in ids([value])]
        if isinstance(value, list) and all(isinstance(x, str) for x in value):
            return [self.given(where, x.strip()) for x in value]
        self.error(where, "`without:` must be a list of fact or evidence ids", context=context)
        return []

    def expect_entries(
        self, path: DataPath, item: Mapping[str, Any], context: str
    ) -> list[tuple[dict[str, Any], DataPath]]:
        if "expect" not in item:
            self.error(
                path, "this test has no `expect:`", expected=TEST_KEYS["expect"], context=context
            )
            return []
        value = item["expect"]
        if not isinstance(value, list) or not value:
            self.error(
                (*path, "expect"),
                f"`expect:` must be a list with one entry per charge, not {show(value)}",
                context=context,
            )
            return []
        out = []
        for j, entry in enumerate(value):
            epath = (*path, "expect", j)
            if not isinstance(entry, dict):
                self.error(
                    epath,
                    "an `expect:` entry is a mapping (`charge:`, `elements:` …), "
                    f"not {show(entry)}",
                    context=context,
                )
                continue
            self.unknown_keys(epath, entry, EXPECT_KEYS, "an `expect:` entry", context)
            out.append((entry, epath))
        return out

    def duplicate_charges(
        self,
        resolved: list[_Expectation],
        entries: list[tuple[dict[str, Any], DataPath]],
        context: str,
    ) -> None:
        if len(resolved) != len(entries):
            return  # some entry did not resolve: already reported
        first: dict[int, DataPath] = {}
        for exp, (_, epath) in zip(resolved, entries, strict=True):
            if exp.index in first:
                span = self.doc.span(first[exp.index])
                self.error(
                    epath,
                    f"charge {exp.index + 1} already has an `expect:` entry",
                    notes=(
                        f"the first is at line {span.line}; merge the two"
                        if span
                        else "merge the two",
                    ),
                    context=context,
                )
            first.setdefault(exp.index, epath)

    # ---- an expect entry ------------------------------------------------------------------------

    def expectation(
        self, path: DataPath, entry: Mapping[str, Any], case: Case, context: str
    ) -> _Expectation | None:
        """An `expect` entry resolved against the case's charges and the library's elements."""
        errors_before = len(self.runner.errors)
        others, made_out, jurisdiction = self.outcome_keys(path, entry, context)
        index = self.charge_index(path, entry, case, context)
        if index is None:
            return None
        charge = case.charges[index]
        crime = self.lib.crime(charge.crime_id)
        modes = [self.lib.modes[m] for m in charge.modes or (charge.mode,) if m in self.lib.modes]
        assert crime is not None and modes, "the case loader checks crimes and modes"
        ids = {
            "crime": {e.id.value for e in self.lib.elements(crime)},
            "mode": {e.id.value for mode in modes for e in self.lib.elements(mode)},
        }
        elements: dict[tuple[str, str], str] = {}
        raw = entry.get("elements", {})
        if not isinstance(raw, dict):
            self.error(
                (*path, "elements"),
                f"`elements:` must be a mapping of element id: status, not {show(raw)}",
                context=context,
            )
            raw = {}
        for key, status in raw.items():
            where = (*path, "elements", key)
            resolved = self.element_key(where, key, ids, context)
            ok_status = self.status(where, status, EXPECTED_STATUSES, context)
            if resolved is not None and ok_status is not None:
                if resolved in elements:
                    self.error(
                        where, f"element `{resolved[1]}` is listed twice", key=True, context=context
                    )
                elements[resolved] = ok_status
        result = self.one_of(path, entry, "result", RESULTS, context)
        act = entry.get("act")
        if act is not None and not isinstance(act, str):
            self.error(
                (*path, "act"), f"`act:` must be a fact id, not {show(act)}", context=context
            )
        if len(self.runner.errors) > errors_before:
            return None
        return _Expectation(index, elements, others, made_out, jurisdiction, result, act)

    def outcome_keys(
        self, path: DataPath, entry: Mapping[str, Any], context: str
    ) -> tuple[str | None, bool | None, str | None]:
        """`others`, `made_out` and `jurisdiction` of an `expect` entry."""
        others = None
        if "others" in entry:
            others = self.status((*path, "others"), entry["others"], STATUSES, context)
        made_out = entry.get("made_out")
        if made_out is not None and not isinstance(made_out, bool):
            self.error(
                (*path, "made_out"),
                f"`made_out:` must be true or false, not {show(made_out)}",
                context=context,
            )
            made_out = None
        jurisdiction = self.one_of(path, entry, "jurisdiction", JURISDICTIONS, context)
        return others, made_out, jurisdiction

    def one_of(
        self,
        path: DataPath,
        entry: Mapping[str, Any],
        key: str,
        choices: Sequence[str],
        context: str,
    ) -> str | None:
        """An optional key of an `expect` entry that takes one of `choices` (None if absent or
        not one of them, which is reported)."""
        value = entry.get(key)
        if value is None or value in choices:
            return value if isinstance(value, str) else None
        self.error(
            (*path, key),
            f"`{key}:` cannot be {show(value)}",
            expected=", ".join(f"`{c}`" for c in choices),
            suggestion=nearest(value, choices) if isinstance(value, str) else None,
            context=context,
        )
        return None

    def charge_index(
        self, path: DataPath, entry: Mapping[str, Any], case: Case, context: str
    ) -> int | None:
        charges = case.charges
        if not charges:
            self.error(path, "the case has no charges to check", context=context)
            return None
        listing = "; ".join(
            f"{i + 1}: {c.accused}, {c.crime} by {c.mode}" for i, c in enumerate(charges)
        )
        number = entry.get("charge")
        if number is not None:
            if (
                isinstance(number, bool)
                or not isinstance(number, int)
                or not 1 <= number <= len(charges)
            ):
                self.error(
                    (*path, "charge"),
                    "`charge:` must be the number of a charge of the case, "
                    f"1 to {len(charges)}, not {show(number)}",
                    notes=(f"the charges: {listing}",),
                    context=context,
                )
                return None
        wanted: dict[str, str] = {}
        for key in ("crime", "mode", "accused"):
            if key in entry:
                value = self.text((*path, key), entry[key], f"`{key}:`", context)
                if value is None:
                    return None
                wanted[key] = value
        if "crime" in wanted:
            scope = self.lib.crime(wanted["crime"])
            if scope is None:
                names = list(self.lib.crimes) + list(self.lib.articles)
                self.error(
                    (*path, "crime"),
                    f"no crime `{wanted['crime']}` in the library",
                    suggestion=nearest(wanted["crime"], names),
                    context=context,
                )
                return None
            wanted["crime"] = scope.id.value
        if "mode" in wanted and wanted["mode"] not in self.lib.modes:
            self.error(
                (*path, "mode"),
                f"no mode of liability `{wanted['mode']}` in the library",
                suggestion=nearest(wanted["mode"], self.lib.modes),
                context=context,
            )
            return None
        candidates = [
            i
            for i, c in enumerate(charges)
            if (number is None or i == number - 1)
            and wanted.get("crime", c.crime_id) == c.crime_id
            and wanted.get("mode", c.mode) == c.mode
            and wanted.get("accused", c.accused) == c.accused
        ]
        if len(candidates) == 1:
            return candidates[0]
        if number is None and not wanted:
            self.error(
                path,
                f"the case has {len(charges)} charges: say which one with `charge:` "
                "(a number) or `crime:` and `mode:`",
                notes=(f"the charges: {listing}",),
                context=context,
            )
        elif not candidates:
            self.error(
                path,
                "no charge of the case matches this entry",
                notes=(f"the charges: {listing}",),
                context=context,
            )
        else:
            numbers = ", ".join(str(i + 1) for i in candidates)
            self.error(
                path,
                f"charges {numbers} all match this entry; "
                "add `accused:` or give the `charge:` number",
                notes=(f"the charges: {listing}",),
                context=context,
            )
        return None

    def element_key(
        self, path: DataPath, key: str, ids: Mapping[str, set[str]], context: str
    ) -> tuple[str, str] | None:
        part, dot, rest = key.partition(".")
        if dot and part in PARTS:
            if rest in ids[part]:
                return part, rest
            self.error(
                path,
                f"the charge's {part} has no element `{rest}`",
                key=True,
                expected=", ".join(f"`{e}`" for e in sorted(ids[part])),
                suggestion=nearest(rest, ids[part]),
                context=context,
            )
            return None
        found = [p for p in PARTS if key in ids[p]]
        if len(found) == 1:
            return found[0], key
        if len(found) == 2:
            self.error(
                path,
                f"`{key}` is both a crime and a mode element of this charge: "
                f"write `crime.{key}` or `mode.{key}`",
                key=True,
                context=context,
            )
            return None
        every = sorted(ids["crime"] | ids["mode"])
        self.error(
            path,
            f"the charge has no element `{key}`",
            key=True,
            expected="one of " + ", ".join(f"`{e}`" for e in every),
            suggestion=nearest(key, every),
            context=context,
        )
        return None

    def status(
        self, path: DataPath, value: Any, allowed: Sequence[str], context: str
    ) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        self.error(
            path,
            f"{show(value)} is not a status",
            expected=", ".join(f"`{s}`" for s in allowed),
            suggestion=nearest(value, allowed) if isinstance(value, str) else None,
            context=context,
        )
        return None
