"""libyaml's syntax errors, rewritten for people who do not write YAML parsers.

Each error keeps libyaml's position (the problem mark) and, where libyaml names where the
construct began (the context mark: an opening quote or bracket, the mapping the line belongs
to), a note saying where that is.
"""

from __future__ import annotations

import yaml

from rome_elements.base.diagnostics import Diagnostic, Span
from rome_elements.facts.document import Document

_QUOTE_HINT = "put the whole value in quotes"


def describe_syntax_error(exc: yaml.MarkedYAMLError, doc: Document) -> Diagnostic:
    problem = exc.problem or "the YAML syntax is broken here"
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    at = _offset(mark, doc)
    ctx_at = _offset(exc.context_mark, doc) if exc.context_mark is not None else None
    char = doc.text[at] if at < len(doc.text) else ""
    message, notes, where = _rewrite(problem, context, char, at, ctx_at, doc)
    span = doc.span_at(where) if where is not None else None
    return Diagnostic("error", message, span, notes=tuple(notes))


def describe_reader_error(
    exc: yaml.reader.ReaderError, doc: Document, *, in_bytes: bool
) -> Diagnostic:
    offset = exc.position
    if in_bytes:  # libyaml counts in the UTF-8 bytes it was given; convert to characters
        offset = len(doc.text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
    code = exc.character if isinstance(exc.character, int) else None
    name = f"U+{code:04X}" if code is not None else "a control character"
    return Diagnostic(
        "error",
        f"the file contains an invisible control character ({name}) here; delete it",
        doc.span_at(offset),
        notes=("such characters often come from copying text out of a PDF or a word processor",),
    )


def _offset(mark: yaml.Mark | None, doc: Document) -> int:
    if mark is None:
        return 0
    return min(max(mark.index, 0), len(doc.text))


def _rewrite(  # noqa: C901 - a table of cases
    problem: str,
    context: str,
    char: str,
    at: int,
    ctx_at: int | None,
    doc: Document,
) -> tuple[str, list[str], int | None]:
    began = _where(doc, ctx_at)
    notes: list[str] = []
    if "tab character" in problem or (char == "\t" and "cannot start any token" in problem):
        return (
            "a tab is used here; YAML indentation must be made with spaces, not tabs",
            ["replace the tab by spaces, lined up with the lines around it"],
            at,
        )
    if "cannot start any token" in problem:
        return (
            f"a value cannot start with `{char}`; {_QUOTE_HINT}",
            [f'for example: "{char}…"'],
            at,
        )
    if "end of stream" in problem and "quoted scalar" in context and ctx_at is not None:
        quote = doc.text[ctx_at]
        return (
            f"this quoted text is never closed: the closing {quote} is missing",
            [
                "the file ends while still inside the quotes; a quote inside the text must be "
                + ("written twice ('')" if quote == "'" else 'written as \\"')
            ],
            ctx_at,
        )
    if "end of stream" in problem:
        return ("the file ends in the middle of a value", notes, at)
    if "mapping values are not allowed" in problem or "found unexpected ':'" in problem:
        return (
            "unexpected `:` — a colon followed by a space starts a key here",
            [
                "if the colon is part of the text, " + _QUOTE_HINT,
                "if a new key starts here, put it on its own line, indented like its neighbours",
            ],
            at,
        )
    if "could not find expected ':'" in problem:
        return (
            "this line has no `:`; each line of a mapping is `key: value`",
            [f"if it continues the text of the line above, {_QUOTE_HINT}"],
            ctx_at if ctx_at is not None else at,
        )
    if "did not find expected key" in problem or "expected <block end>" in problem:
        before = doc.text[:at].rstrip(" ")
        if before.endswith(('"', "'")) and not before.endswith(("\n", "\r")):
            return (
                "the text goes on after its closing quote",
                [
                    _QUOTE_HINT + ", using single quotes outside if the text contains double "
                    "quotes (and writing a single quote inside single quotes twice: '')",
                ],
                at,
            )
        if char == "-":
            return (
                "a list item (`- `) where a `key: value` line was expected",
                [f"indent the list under its key{began}"],
                at,
            )
        return (
            "this line is not indented like the other keys of its mapping",
            [f"the mapping starts{began}" if began else "check the indentation"],
            at,
        )
    if "expected '-' indicator" in problem:
        return (
            "this line is not indented like the lines around it",
            [
                "the keys of one item start in the same column, and so do the `- ` of one list",
                *([f"the list it would belong to starts{began}"] if began else []),
            ],
            at,
        )
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        close = "]" if "']'" in problem else "}"
        opener = "[" if close == "]" else "{"
        return (
            f"a `{opener}…{close}` is not closed, or two of its items are not separated by a comma",
            [f"it opens{began}"] if began else [],
            at,
        )
    if "unknown escape character" in problem:
        return (
            f"`\\{char}` is not a valid escape in double-quoted text",
            ["write a backslash as \\\\, or use single quotes around the text"],
            max(at - 1, 0),
        )
    if "Unicode character escape" in problem:
        return ("this `\\u` or `\\x` escape is not a valid character", notes, at)
    if "block sequence entries are not allowed" in problem:
        return (
            "a list item (`- `) cannot start here; put it on its own line, indented under its key",
            notes,
            at,
        )
    if "expected node content" in problem:
        return (
            "a value is missing here (an extra comma, or a closing bracket with no opening one?)",
            notes,
            at,
        )
    if "incompatible YAML document" in problem:
        return ("only YAML version 1.x is understood; remove the `%YAML` line", notes, at)
    if "directive" in problem or "directive" in context:
        return (
            f"a line starting with `%` is a YAML directive; {_QUOTE_HINT} if it is text",
            notes,
            ctx_at if ctx_at is not None else at,
        )
    if "anchor" in context or "alias" in context:
        sign = "&" if "anchor" in context else "*"
        return (
            f"`{sign}` must be followed by a name here; if the value starts with `{sign}`, "
            + _QUOTE_HINT,
            notes,
            ctx_at if ctx_at is not None else at,
        )
    if "block scalar" in context:
        return (
            "only a comment may follow `|` or `>` on its line; the text starts on the next line",
            notes,
            at,
        )
    if "tag" in context or "tag" in problem:
        return (
            f"`!` starts a YAML tag here; if the value starts with `!`, {_QUOTE_HINT}",
            notes,
            at,
        )
    if "document start" in problem:
        return ("unexpected text after the end of the document (`...`)", notes, at)
    text = problem.replace("<", "").replace(">", "")
    if context:
        notes.append(f"{context.removeprefix('while ')}{began}")
    return (f"the YAML is malformed here: {text}", notes, at)


def _where(doc: Document, offset: int | None) -> str:
    if offset is None:
        return ""
    span: Span = doc.span_at(offset)
    return f" at line {span.line}, column {span.column}"
