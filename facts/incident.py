"""An incident file with its situation's shared context merged in, checked as one case.

Investigators keep one file per incident and one *context* file for what every incident shares
(the accused, the charges, the armed conflict, the occupation, the organisations and their
evidence). `load_incident(incident, context, vocabulary)` reads both and checks them as one case
file whose lists (`accused`, `charges`, `evidence`, `facts`) are the context's followed by the
incident's, and whose `case`, `standard` and `notes` are the incident's where it gives them,
else the context's.

Every problem is located in the file it comes from: `MergedDocument` sends the position of
each value back to the file and line where it was written, so a duplicate id between the
context and an incident names both places, and a confidential item of the context is never
quoted from either file. Ids are one namespace across the two files: an incident cannot
redefine an id of the context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rome_elements.base.cache import gc_paused
from rome_elements.base.diagnostics import Diagnostic, InputError, Span
from rome_elements.facts.document import DataPath, Document, NeedsLocation, decode, read_bytes
from rome_elements.facts.jsonload import parse_json, parse_json_fast
from rome_elements.facts.load import check_document, sort_diagnostics
from rome_elements.facts.model import Case
from rome_elements.facts.vocabulary import Vocabulary
from rome_elements.facts.yamlload import parse_yaml_collect, parse_yaml_fast

LIST_KEYS = ("accused", "charges", "evidence", "facts")
"""The lists a context and an incident both contribute to (the context's items first)."""


class MergedDocument(Document):
    """The data of a context and an incident merged, locating every value in its own file."""

    def __init__(self, context: Document, incident: Document, data: dict[str, Any]) -> None:
        super().__init__(incident.file, incident.text, data)
        self.context = context
        self.incident = incident
        self._sizes = {
            key: len(value) if isinstance(value, list) else 0
            for key in LIST_KEYS
            for value in (_get(context.data, key),)
        }

    def _route(self, path: DataPath) -> tuple[Document, DataPath]:
        """The file the value at `path` was written in, and its path there."""
        if not path:
            return self.incident, path
        key = path[0]
        if key in LIST_KEYS and len(path) > 1 and isinstance(path[1], int):
            size = self._sizes[str(key)]
            if path[1] < size:
                return self.context, path
            return self.incident, (key, path[1] - size, *path[2:])
        if isinstance(self.incident.data, dict) and key in self.incident.data:
            return self.incident, path
        return self.context, path

    def span(self, path: DataPath) -> Span | None:
        doc, there = self._route(path)
        return doc.span(there)

    def key_span(self, path: DataPath) -> Span | None:
        doc, there = self._route(path)
        return doc.key_span(there)

    def raw(self, path: DataPath) -> str | None:
        doc, there = self._route(path)
        return doc.raw(there)

    def quotable(self, span: Span | None) -> bool:
        if span is not None and span.file == self.context.file != self.incident.file:
            return self.context.quotable(span)
        return self.incident.quotable(span)


def _get(data: Any, key: str) -> Any:
    return data.get(key) if isinstance(data, dict) else None


def merge(context: Any, incident: Any) -> dict[str, Any] | None:
    """The merged data, or None when the two cannot be merged as they are (either is not a
    mapping, or a list key is not a list in one of them: checking each alone says why)."""
    if not isinstance(context, dict) or not isinstance(incident, dict):
        return None
    merged: dict[str, Any] = dict(context)
    for key, value in incident.items():
        if key in LIST_KEYS and key in context:
            before = context[key]
            if not isinstance(before, list) or not isinstance(value, list):
                return None
            merged[key] = before + value
        else:
            merged[key] = value
    return merged


def load_incident(
    incident: str | Path,
    context: str | Path,
    vocabulary: Vocabulary,
    *,
    incident_bytes: bytes | None = None,
    context_bytes: bytes | None = None,
) -> Case:
    """The case of one incident with the context merged in; `InputError` listing every problem
    of either file (each located in its own file). The bytes may be given when the caller has
    read them already (to hash them); the paths then only name the files."""
    inc_file, ctx_file = str(incident), str(context)
    with gc_paused():
        inc_raw = (
            incident_bytes if incident_bytes is not None else read_bytes(Path(incident), inc_file)
        )
        ctx_raw = (
            context_bytes if context_bytes is not None else read_bytes(Path(context), ctx_file)
        )
        found = _load(inc_raw, inc_file, ctx_raw, ctx_file, vocabulary)
    if isinstance(found, list):
        raise InputError(found)
    return found


def _fast(raw: bytes, file: str) -> Any:
    if file.lower().endswith(".json"):
        return parse_json_fast(decode(raw, file))
    return parse_yaml_fast(raw if raw.isascii() else decode(raw, file))


def _located(raw: bytes, file: str) -> tuple[Document, list[Diagnostic]]:
    text = decode(raw, file)
    return (
        parse_json(text, file) if file.lower().endswith(".json") else parse_yaml_collect(text, file)
    )


def _load(
    inc_raw: bytes, inc_file: str, ctx_raw: bytes, ctx_file: str, vocabulary: Vocabulary
) -> Case | list[Diagnostic]:
    try:
        try:
            merged = merge(_fast(ctx_raw, ctx_file), _fast(inc_raw, inc_file))
            if merged is not None:
                case, _ = check_document(Document(inc_file, "", merged), vocabulary, located=False)
                if case is not None:
                    return case
        except NeedsLocation:
            pass
        ctx_doc, problems = _located(ctx_raw, ctx_file)
        inc_doc, more = _located(inc_raw, inc_file)
        problems = problems + more
        data = merge(ctx_doc.data, inc_doc.data)
        if data is None:
            return sort_diagnostics(problems + _unmergeable(ctx_doc, inc_doc))
        case, more = check_document(MergedDocument(ctx_doc, inc_doc, data), vocabulary)
        problems = problems + more
        if problems or case is None:
            return sort_diagnostics(problems)
        return case
    except InputError as exc:
        return exc.diagnostics


def _unmergeable(context: Document, incident: Document) -> list[Diagnostic]:
    """Why a context and an incident cannot be merged, located where the shape is wrong."""
    out: list[Diagnostic] = []
    for doc in (context, incident):
        if not isinstance(doc.data, dict):
            out.append(
                Diagnostic(
                    "error",
                    "a context or incident file is a mapping of keys (`case:`, `facts:` …)",
                    doc.span(()),
                )
            )
    if out:
        return out
    for key in LIST_KEYS:
        for doc in (context, incident):
            value = _get(doc.data, key)
            if key in doc.data and not isinstance(value, list):
                out.append(
                    Diagnostic(
                        "error",
                        f"`{key}:` must be a list, to be merged with the other file's",
                        doc.span((key,)),
                    )
                )
    return out
