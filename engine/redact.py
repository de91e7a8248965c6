"""`--redact`: a report that can be shared outside the team without its confidential evidence.

For every evidence item marked ``confidential: true`` everything that could identify the
source is replaced by ``[redacted: ID]``: its `source`, `excerpt`, `origin`, `document` and
`date`, and the reason of an integrity failure (which names its file). The same origin is also
replaced wherever the report lists origins (each fact's `origins`, and the `origin` of any
other item that shares it), so that a confidential origin does not reappear through the facts
it supports or through a public item of the same origin. What stays: the item's id, kind and
grade — what the reader needs to follow the reasoning.

`redact` is idempotent. It is decided once, by the caller (`elements check --redact`): the
renderers print the report they are given and never redact on their own — a confidential item
whose source happens to read ``[redacted: E1]`` is not a request to redact.
"""

from __future__ import annotations

from dataclasses import replace

from rome_elements.engine.report import EvidenceInfo, Report


def _mark(ident: str) -> str:
    return f"[redacted: {ident}]"


def redact(report: Report) -> Report:
    """The same report with everything identifying confidential evidence replaced."""
    hidden: dict[str, str] = {}  # a confidential origin -> what replaces it
    for e in report.evidence:
        if e.confidential and e.origin and e.origin != e.id:
            hidden.setdefault(e.origin, _mark(f"origin of {e.id}"))
    evidence = tuple(
        _redacted(e)
        if e.confidential
        else replace(e, origin=hidden[e.origin])
        if e.origin in hidden
        else e
        for e in report.evidence
    )
    facts = report.facts
    if hidden:
        facts = tuple(
            replace(f, origins=tuple(hidden.get(o, o) for o in f.origins))
            if any(o in hidden for o in f.origins)
            else f
            for f in report.facts
        )
    return replace(report, evidence=evidence, facts=facts, redacted=True)


def _redacted(e: EvidenceInfo) -> EvidenceInfo:
    mark = _mark(e.id)
    return replace(
        e,
        source=mark,
        excerpt=mark,
        origin=e.origin if e.origin == e.id else _mark(f"origin of {e.id}"),
        document=mark if e.document is not None else None,
        date=mark if e.date is not None else None,
        integrity=(
            "its file failed the integrity check (details redacted)"
            if e.integrity is not None
            else None
        ),
    )
