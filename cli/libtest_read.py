"""Reading library tests: finding the test files, parsing each, checking every test's keys and
loading its case (a file beside the test file, or a mapping in it). A test with a problem is
reported, located, and left out; the other tests of the file are read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rome_elements.base.diagnostics import Diagnostic, InputError, Span
from rome_elements.cli.libtest_expect import duplicate_charges, expect_entries, expectation
from rome_elements.cli.libtest_file import TestFile
from rome_elements.cli.libtest_model import TEST_KEYS, DataPath, LibraryTest
from rome_elements.engine.check import vocabulary
from rome_elements.engine.choices import (
    Given,
    Pair,
    as_dict,
    id_problems,
    ids,
    option_problems,
    standard_problems,
)
from rome_elements.facts.document import Document, Positions, read_text
from rome_elements.facts.load import check_document, load_case, sort_diagnostics
from rome_elements.facts.model import Case
from rome_elements.facts.wording import show
from rome_elements.facts.yamlload import parse_yaml_collect
from rome_elements.rules.library import Library


class Reader:
    """Reads the test files of a run against one library: every problem goes to `errors`,
    and each case file is loaded (and its problems reported) once."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.vocabulary = vocabulary(lib)
        self.errors: list[Diagnostic] = []
        self.cases: dict[str, Case | None] = {}  # case files by resolved path

    def test_files(self, paths: Sequence[Path]) -> list[Path]:
        """The files given, and the ``*.yaml``/``*.yml`` files directly in each folder given."""
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

    def read_file(self, path: Path) -> tuple[TestFile | None, list[LibraryTest]]:
        """The valid tests of one file (none when the file does not parse)."""
        file = str(path)
        try:
            text = read_text(path, file)
            if not text.strip():
                raise InputError([Diagnostic("error", "the test file is empty", Span(file, 1, 1))])
            doc, problems = parse_yaml_collect(text, file)
        except InputError as err:
            self.errors.extend(_in_test_file(err.diagnostics))
            return None, []
        if problems:
            self.errors.extend(_in_test_file(problems))
            return None, []
        f = TestFile(doc, self.lib, self.errors)
        if not isinstance(doc.data, list):
            f.error((), f"a test file is a list of tests (`- name: …`), not {show(doc.data)}")
            return f, []
        names: dict[str, tuple[int]] = {}
        tests: list[LibraryTest] = []
        errors_before = len(self.errors)
        for i, item in enumerate(doc.data):
            test = self.test(f, (i,), item, names)
            if test is not None:
                tests.append(test)
        self.errors[errors_before:] = sort_diagnostics(self.errors[errors_before:])
        return f, tests

    # ---- a test ---------------------------------------------------------------------------------

    def test(
        self, f: TestFile, path: tuple[int], item: Any, names: dict[str, tuple[int]]
    ) -> LibraryTest | None:
        if not isinstance(item, dict):
            f.error(
                path,
                f"a test is a mapping with `name:`, `case:` and `expect:`, not {show(item)}",
                expected="; ".join(f"`{k}`: {v}" for k, v in TEST_KEYS.items()),
            )
            return None
        errors_before = len(self.errors)
        name = None
        if "name" in item:
            name = f.text((*path, "name"), item["name"], "a test's `name`", None)
        else:
            f.error(
                path,
                "this test has no `name:`",
                expected="`name:` what the test shows, in a few words",
            )
        context = f"test `{name}`" if name else f"test {path[0] + 1} of the file"
        if name is not None:
            if name in names:
                first = f.doc.span(names[name])
                f.error(
                    (*path, "name"),
                    f"two tests are named `{name}`",
                    notes=(
                        f"the first is at line {first.line}; give each test its own name"
                        if first
                        else "give each test its own name",
                    ),
                )
            names.setdefault(name, path)
        f.unknown_keys(path, item, TEST_KEYS, "a test", context)
        standard = _standard(f, path, item, context)
        options = _options(f, path, item, context)
        without = _without(f, path, item, context)
        expect = expect_entries(f, path, item, context)
        case = None
        if "case" not in item:
            f.error(path, "this test has no `case:`", expected=TEST_KEYS["case"], context=context)
        elif isinstance(item["case"], (str, dict)):
            case = self.load_case(f, (*path, "case"), item["case"], context)
        else:
            f.error(
                (*path, "case"),
                f"`case:` must be a path or a case mapping, not {show(item['case'])}",
                context=context,
            )
        if "note" in item and not isinstance(item["note"], str):
            f.error(
                (*path, "note"), f"`note:` must be text, not {show(item['note'])}", context=context
            )
        if case is not None and without:
            f.add(id_problems(case, without, "`without:`"), context)
        resolved = []
        if case is not None:
            for entry, epath in expect:
                exp = expectation(f, epath, entry, case, context)
                if exp is not None:
                    resolved.append(exp)
            duplicate_charges(f, resolved, expect, context)
        if len(self.errors) > errors_before or case is None or name is None:
            return None
        return LibraryTest(name, path, case, standard, options, [x.text for x in without], resolved)

    # ---- its case -------------------------------------------------------------------------------

    def load_case(self, f: TestFile, path: DataPath, value: Any, context: str) -> Case | None:
        """The case of a test: a file in the test file's folder (or below it), or an inline
        mapping (checked in place). Each case is loaded, and its problems reported, once."""
        doc = f.doc
        if isinstance(value, str):
            case_path = self.case_path(f, path, value, context)
            if case_path is None:
                return None
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
        inline = f.inline  # by id(): the mapping lives as long as the file's document
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

    def case_path(self, f: TestFile, path: DataPath, value: str, context: str) -> Path | None:
        """The case file `value` names, relative to the test file, if it lies in the test
        file's folder or below it — as written and once links are followed. A test file is
        data: it must not make `elements test` read whatever file it names (`../../x`, `/x`)."""
        folder = Path(f.doc.file).parent
        case_path = Path(os.path.normpath(folder / value))
        written = os.path.normpath(value)
        inside = not (os.path.isabs(written) or written == ".." or written.startswith("../"))
        if inside:
            try:
                inside = _within(case_path.resolve(), folder.resolve())
            except (OSError, RuntimeError):  # a loop of links: not a case file
                inside = False
        if inside:
            return case_path
        f.error(
            path,
            f"`case:` names {show(value)}, which is outside the test file's folder",
            expected="a path relative to the test file, in its folder or below "
            "(e.g. cases/some_case.yaml), or the case itself as a mapping",
            notes=(f"the test file's folder is {folder}",),
            context=context,
        )
        return None


def _within(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies below it (both resolved)."""
    return path == folder or folder in path.parents


def _standard(f: TestFile, path: DataPath, item: Mapping[str, Any], context: str) -> str | None:
    if "standard" not in item:
        return None
    where = (*path, "standard")
    value = f.text(where, item["standard"], "`standard:`", context)
    if value is None:
        return None
    problems = standard_problems(f.lib, f.given(where, value))
    f.add(problems, context)
    return None if problems else value


def _options(f: TestFile, path: DataPath, item: Mapping[str, Any], context: str) -> dict[str, str]:
    value = item.get("options")
    if value is None:
        return {}
    if not isinstance(value, dict):
        f.error(
            (*path, "options"),
            f"`options:` must be a mapping NAME: CHOICE, not {show(value)}",
            context=context,
        )
        return {}
    given: list[Pair] = []
    for name, choice in value.items():
        where = (*path, "options", name)
        if not isinstance(choice, str):
            f.error(where, f"option `{name}` has no choice {show(choice)}", context=context)
            continue
        given.append((f.given(where, str(name), key=True), f.given(where, choice)))
    problems = option_problems(f.lib, given, "`options:`")
    f.add(problems, context)
    return {} if problems or len(given) < len(value) else as_dict(given)


def _without(f: TestFile, path: DataPath, item: Mapping[str, Any], context: str) -> list[Given]:
    value = item.get("without")
    if value is None:
        return []
    where = (*path, "without")
    if isinstance(value, str):
        return [f.given(where, x.text) for x in ids([value])]
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return [f.given(where, x.strip()) for x in value]
    f.error(where, "`without:` must be a list of fact or evidence ids", context=context)
    return []


def _value_position(doc: Document, path: DataPath) -> int | None:
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
