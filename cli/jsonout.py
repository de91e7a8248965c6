"""The JSON report as text: indented for people, or — for large reports — compact and written
in pieces, so that a 100,000-fact report never exists as one string or one dict tree.

Both forms are exactly what ``json.dumps(report.to_dict(), indent=…, ensure_ascii=False)``
gives (a test holds them to it); the pieces are only a way of producing the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice

from engine.redact import finish_redaction
from engine.report import Report

LARGE_REPORT = 2000
"""Reports of more facts than this are written compactly: indentation forces json's
pure-Python encoder (seconds at 10,000 facts)."""

BATCH = 1000
"""Items of a long list encoded at a time."""


def json_pieces(report: Report, indent: int | None = None) -> Iterator[str]:
    """The report as JSON text, in pieces; `indent` None for compact (json's default
    separators), else that many spaces (then in one piece)."""
    report = finish_redaction(report)
    if indent is not None:
        yield json.dumps(report.to_dict(), indent=indent, ensure_ascii=False) + "\n"
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    yield "{"
    first = True
    for key, value in report.sections(lazy=False):
        yield ("" if first else ", ") + encode(key) + ": " + encode(value)
        first = False
    for key, items in report.sections(lazy=True):
        yield ", " + encode(key) + ": ["
        started = False
        # a charge lists its acts, each with its statuses: one at a time
        size = 1 if key == "charges" else BATCH
        while batch := list(islice(items, size)):
            yield (", " if started else "") + encode(batch)[1:-1]
            started = True
        yield "]"
    yield "}\n"


def report_indent(report: Report) -> int | None:
    """2 for people; None (compact) for reports of more than LARGE_REPORT facts."""
    return 2 if len(report.facts) <= LARGE_REPORT else None
