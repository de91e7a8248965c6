"""The JSON report as text: indented for people, or — for large reports — compact and written
in pieces, so that a 100,000-fact report never exists as one string or one dict tree.

The indented form is exactly ``json.dumps(report.to_dict(), indent=2, ensure_ascii=False)``;
the compact one exactly ``json.dumps(report.to_dict(), separators=(",", ":"),
ensure_ascii=False)`` (tests hold them to it), encoded by orjson, which writes every string
and whole number as json does with those settings and is 5x faster on a large report's rows
(100k facts: 0.80 -> 0.16 s for the facts alone); what orjson refuses (a whole number of more
than 64 bits) json encodes. The pieces are only a way of producing the same bytes.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterator, Sequence
from itertools import islice

import orjson

from rome_elements.engine.report import ActFinding, ChargeFinding, EvidenceInfo, FactFinding, Report

LARGE_REPORT = 2000
"""Reports of more facts than this are written compactly: indentation forces json's
pure-Python encoder (seconds at 10,000 facts)."""

BATCH = 1000
"""Items of a long list encoded at a time."""


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def compact(value: object) -> str:
    """`value` as compact JSON (no spaces), as `json.dumps(value, separators=(",", ":"),
    ensure_ascii=False)` writes it."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError: e.g. an integer of more than 64 bits
        return _JSON(value)


def json_pieces(report: Report, indent: int | None = None) -> Iterator[str]:
    """The report as JSON text, in pieces; `indent` None for compact (no spaces), else that
    many spaces (then in one piece)."""
    if indent is not None:
        yield json.dumps(report.to_dict(), indent=indent, ensure_ascii=False) + "\n"
        return
    encode = compact
    yield "{"
    first = True
    for key, value in report.sections(lazy=False):
        yield ("" if first else ",") + encode(key) + ":" + encode(value)
        first = False
    for key, _ in report.sections(lazy=True):  # their keys in order; encoded here, faster
        yield "," + encode(key) + ":["
        started = False
        if key == "charges":  # one at a time: each lists thousands of acts
            memo = _ActMemo()
            for charge in report.charges:
                if started:
                    yield ","
                yield from _charge(charge, encode, memo)
                started = True
        else:
            rows = _rows(report.facts if key == "facts" else report.evidence)
            while batch := list(islice(rows, BATCH)):
                yield ("," if started else "") + encode(batch)[1:-1]
                started = True
        yield "]"
    yield "}\n"


def _rows(items: Sequence[FactFinding] | Sequence[EvidenceInfo]) -> Iterator[dict[str, object]]:
    """The items as the report's dicts would encode them (`engine.report._flat`, whose lists
    are tuples here: JSON writes both as arrays), without converting each field."""
    if not items:
        return
    names = tuple(type(items[0]).__dataclass_fields__)
    fields = operator.attrgetter(*names)
    if "attributes" not in names:
        for item in items:
            yield dict(zip(names, fields(item), strict=True))
        return
    for item in items:
        row = dict(zip(names, fields(item), strict=True))
        row["attributes"] = dict(row["attributes"])
        yield row


def _charge(
    charge: ChargeFinding, encode: Callable[[object], str], memo: _ActMemo
) -> Iterator[str]:
    """`encode(charge.to_dict())` in pieces, its acts encoded by `_acts` (a charge of a large
    case is tens of megabytes: not one string). Never a charge whose acts were cut for a
    renderer that lists a few (`check(..., listed=N)`): the JSON report lists every act."""
    if any(f.cut for f in charge.forms):
        raise ValueError("a report whose acts were cut for listing is not written as JSON")
    sep = "{"
    for k, v in charge.to_dict(acts=False).items():
        if k == "acts":
            yield f"{sep}{encode(k)}:"
            yield from _acts(charge.acts, encode, memo)
        else:
            yield f"{sep}{encode(k)}:{encode(v)}"
        sep = ","
    yield "{}" if sep == "{" else "}"


class _ActMemo:
    """What `_acts` encodes once per report: the head of each act's object up to its counts
    (act, result and jurisdiction: the charges of a crime list the same acts), and each
    distinct tuple of statuses with its result (most acts share one; the tuple is kept with
    it, so that its id stays its own)."""

    def __init__(self) -> None:
        self.heads: dict[tuple[str | None, str, str, tuple[str, ...]], str] = {}
        self.statuses: dict[tuple[int, str], tuple[object, str]] = {}


def _head(a: ActFinding, encode: Callable[[object], str]) -> str:
    """`{"act":…,"made_out":…,"result":…,"jurisdiction":{…},` of the act."""
    act = "null" if a.act is None else encode(a.act)
    reasons = ",".join(map(encode, a.jurisdiction_reasons))
    return (
        f'{{"act":{act},"made_out":{"true" if a.made_out else "false"},'
        f'"result":{encode(a.result)},'
        f'"jurisdiction":{{"status":{encode(a.jurisdiction)},"reasons":[{reasons}]}},'
    )


def _acts(
    acts: Sequence[ActFinding], encode: Callable[[object], str], memo: _ActMemo
) -> Iterator[str]:
    """`encode([a.to_dict() for a in acts])`, in pieces of `BATCH` acts: the acts listed in
    detail as they are, the others (thousands of them in a large case) from fragments encoded
    once per report (`_ActMemo`): two look-ups and one concatenation an act."""
    heads, statuses = memo.heads, memo.statuses
    out: list[str] = []
    lead = "["
    for a in acts:
        if len(out) == BATCH:
            yield lead + ",".join(out)
            lead, out = ",", []
        if a.elements:
            out.append(encode(a.to_dict()))
            continue
        key = (a.act, a.result, a.jurisdiction, a.jurisdiction_reasons)
        head = heads.get(key)
        if head is None:
            head = heads[key] = _head(a, encode)
        known = statuses.get((id(a.statuses), a.result))
        if known is None:
            d = a.to_dict()
            known = statuses[id(a.statuses), a.result] = (
                a.statuses,
                f'"counts":{encode(d["counts"])},"statuses":{encode(d["statuses"])}}}',
            )
        out.append(head + known[1])
    yield lead + ",".join(out) + "]"


def report_indent(report: Report) -> int | None:
    """2 for people; None (compact) for reports of more than LARGE_REPORT facts."""
    return 2 if len(report.facts) <= LARGE_REPORT else None
