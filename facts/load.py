"""Load a case file, check it against the library's vocabulary, return a `Case`.

    load_case(path, vocabulary) -> Case            # raises InputError listing every problem

Every problem is a `base.diagnostics.Diagnostic` with file:line:column (for JSON files whose
positions cannot be recovered, the data path instead), sorted by position. The loader does not
stop at the first problem: it reports all it can find in one run.

What is checked, beyond YAML/JSON syntax (`facts.yamlload`, `facts.jsonload`): the top-level
keys; the accused, charges (accused, crime and mode known), standard, evidence items (kinds,
grades, dates, checksums) and facts (types and attributes per the library's vocabulary,
references to evidence and facts, no fact resting on nothing, no circular inference); ids
unique across accused, evidence and facts.

Two passes, the second only when needed. The fast pass reads the data without positions
(`facts.yamlload.parse_yaml_fast`, `facts.jsonload.parse_json_fast`) and checks it, stopping at
the first problem (`facts.document.NeedsLocation`); a good file is read once. Only if there is
a problem anywhere (or a value must be read as it is written: ``id: 12``) is the file read again
with the position of every key and value, and checked again from the start, which finds and
words every problem: the messages are the same as if there were no fast pass
(tests/test_load_fast.py). Records are built without pydantic, once every field is checked
(see `facts.model`).

Limits: see `facts.document` (file size) and `facts.yamlload` (nesting depth, aliases). The
garbage collector is paused while loading (about 3× faster on large files: loading allocates
millions of objects and frees none of them). Nothing of the file (text, data, positions) is
kept once `load_case` returns or raises (tests/test_load_memory.py).
"""

from __future__ import annotations

from pathlib import Path

from rome_elements.base.cache import gc_paused
from rome_elements.base.diagnostics import Diagnostic, InputError, Problems
from rome_elements.facts.checker import Checker
from rome_elements.facts.document import (
    STDIN,
    Document,
    NeedsLocation,
    decode,
    read_bytes,
    read_stdin,
)
from rome_elements.facts.factcheck import check_facts
from rome_elements.facts.jsonload import parse_json, parse_json_fast
from rome_elements.facts.model import Case, construct_all
from rome_elements.facts.sections import (
    check_accused,
    check_charges,
    check_evidence,
    check_standard,
    check_top,
    title_of,
)
from rome_elements.facts.vocabulary import Vocabulary
from rome_elements.facts.yamlload import parse_yaml_collect, parse_yaml_fast


def load_case(path: str | Path, vocabulary: Vocabulary) -> Case:
    """Read, parse and check the case file at `path`. Spans name the file as `path` is given
    (pass a relative path to get relative file names in messages). `-` reads standard input
    (YAML, or JSON which YAML reads too), named `<stdin>`; files it names resolve from the
    current folder."""
    if str(path) == "-":
        raw, file = read_stdin(), STDIN
    else:
        file = str(path)
        raw = read_bytes(Path(path), file)
    with gc_paused():
        found = _load(raw, file, vocabulary)
    if isinstance(found, list):
        raise InputError(found)
    return found


def load_case_text(text: str, file: str, vocabulary: Vocabulary) -> Case:
    """Parse and check a case file's text; `file` names it in messages and decides the format
    (JSON if it ends in ``.json``, YAML otherwise)."""
    with gc_paused():
        found = _load(text, file, vocabulary)
    if isinstance(found, list):
        raise InputError(found)
    return found


def _load(source: str | bytes, file: str, vocabulary: Vocabulary) -> Case | list[Diagnostic]:
    """The case, or every problem found, sorted. First the fast pass: data without positions,
    checked up to the first problem; then, only if there is one (or a value whose text as
    written is needed), the located pass, which finds them all and says where they are.

    Returns the problems rather than raising them, so that the traceback of the error the
    caller raises keeps neither the text nor the data alive."""
    is_json = file.lower().endswith(".json")
    try:
        if isinstance(source, bytes) and (is_json or not source.isascii()):
            source = decode(source, file)  # ASCII bytes are what libyaml reads from the text
        try:
            if is_json:
                assert isinstance(source, str)
                data = parse_json_fast(source)
            else:
                data = parse_yaml_fast(source)
            case, _ = check_document(Document(file, "", data), vocabulary, located=False)
            if case is not None:
                return case
        except NeedsLocation:
            pass
        data = None
        text = source if isinstance(source, str) else decode(source, file)
        del source
        if is_json:
            doc, problems = parse_json(text, file)
        else:
            doc, problems = parse_yaml_collect(text, file)
        case, more = check_document(doc, vocabulary)
        omitted = getattr(problems, "omitted", 0) + getattr(more, "omitted", 0)
        problems = problems + more
        if problems or case is None:
            return Problems(sort_diagnostics(problems), omitted)
        return case
    except InputError as exc:
        return exc.diagnostics


def check_document(
    doc: Document, vocabulary: Vocabulary, *, located: bool = True
) -> tuple[Case | None, list[Diagnostic]]:
    """The case in `doc`, if it has no problems, and the problems found. Not `located` (a
    document without positions): `NeedsLocation` at the first problem instead."""
    ck = Checker(doc, vocabulary, located=located)
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
    case = construct_all(
        Case,
        {
            "title": title,
            "accused": tuple(accused),
            "charges": tuple(charges),
            "standard": standard,
            "evidence": tuple(evidence),
            "facts": tuple(facts),
            "path": doc.file,
            "notes": notes,
        },
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
