"""Load a case file, check it against the library's vocabulary, return a `Case`.

    load_case(path, vocabulary) -> Case            # raises InputError listing every problem

Every problem is a `rules.diagnostics.Diagnostic` with file:line:column (for JSON files whose
positions cannot be recovered, the data path instead), sorted by position. The loader does not
stop at the first problem: it reports all it can find in one run.

What is checked, beyond YAML/JSON syntax (`facts.yamlload`, `facts.jsonload`): the top-level
keys; the accused, charges (accused, crime and mode known), standard, evidence items (kinds,
grades, dates, checksums) and facts (types and attributes per the library's vocabulary,
references to evidence and facts, no fact resting on nothing, no circular inference); ids
unique across accused, evidence and facts.

Limits: see `facts.document` (file size) and `facts.yamlload` (nesting depth, aliases). The
garbage collector is paused while loading (about 3× faster on large files: loading allocates
millions of objects and frees none of them).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from facts.checker import Checker
from facts.document import Document, read_text
from facts.factcheck import check_facts
from facts.jsonload import parse_json
from facts.model import Case
from facts.sections import (
    check_accused,
    check_charges,
    check_evidence,
    check_standard,
    check_top,
    title_of,
)
from facts.vocabulary import Vocabulary
from facts.yamlload import parse_yaml_collect
from rules.diagnostics import Diagnostic, InputError


def load_case(path: str | Path, vocabulary: Vocabulary) -> Case:
    """Read, parse and check the case file at `path`. Spans name the file as `path` is given
    (pass a relative path to get relative file names in messages)."""
    file = str(path)
    with gc_paused():
        text = read_text(Path(path), file)
        return load_case_text(text, file, vocabulary)


def load_case_text(text: str, file: str, vocabulary: Vocabulary) -> Case:
    """Parse and check a case file's text; `file` names it in messages and decides the format
    (JSON if it ends in ``.json``, YAML otherwise)."""
    with gc_paused():
        if file.lower().endswith(".json"):
            doc, problems = parse_json(text, file)
        else:
            doc, problems = parse_yaml_collect(text, file)
        case, more = check_document(doc, vocabulary)
        problems = problems + more
        if problems or case is None:
            raise InputError(sort_diagnostics(problems))
        return case


def check_document(doc: Document, vocabulary: Vocabulary) -> tuple[Case | None, list[Diagnostic]]:
    """The case in `doc`, if it has no problems, and the problems found."""
    ck = Checker(doc, vocabulary)
    top = check_top(ck)
    if top is None:
        return None, ck.diags
    title = title_of(ck, top, "case", required=True)
    notes = title_of(ck, top, "notes", required=False)
    standard = check_standard(ck, top)
    accused = check_accused(ck, top)
    charges = check_charges(ck, top, ck.known("accused"))
    evidence = check_evidence(ck, top)
    facts = check_facts(ck, top, ck.known("evidence item"))
    if ck.diags or title is None:
        return None, ck.diags
    case = Case(
        title=title,
        accused=tuple(accused),
        charges=tuple(charges),
        standard=standard,
        evidence=tuple(evidence),
        facts=tuple(facts),
        path=doc.file,
        notes=notes,
    )
    return case, []


def sort_diagnostics(diags: list[Diagnostic]) -> list[Diagnostic]:
    """By file, line and column; those without a position last, in the order found."""

    def key(item: tuple[int, Diagnostic]) -> tuple[int, str, int, int, int]:
        i, d = item
        if d.span is None:
            return (1, "", 0, 0, i)
        return (0, d.span.file, d.span.line, d.span.column, i)

    return [d for _, d in sorted(enumerate(diags), key=key)]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs) for the duration of the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
