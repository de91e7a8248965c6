"""Compare two reports: which element statuses changed, and which evidence or facts made the
difference.

Works on two `Report.to_dict()` documents (two `--format json` files, or two case files checked
first). Charges are matched by accused + crime + mode (the n-th occurrence with the n-th, if a
case charges the same thing twice); elements by part + id. For each element that differs the
diff names the facts and evidence bound to it in one report and not in the other (its
`facts`, `evidence` and the facts of its chains). Across the whole report it names the evidence
and facts present in one report's lists and not the other's, the items excluded (`--without`)
in one run and not the other, the evidence weighed at another grade, and the facts whose
weight changed.

Renderings (`render`): text (80 columns; "no element changed status" when none did), a
versioned JSON document (`diff_document`) and Markdown. A JSON report read from a file
(`read_report`) is checked first for everything the diff reads, so that a hand-made or damaged
one is a located input error, never a crash.
"""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rome_elements.base.diagnostics import Diagnostic, InputError, Span
from rome_elements.base.fileio import TooLarge, read_limited
from rome_elements.base.text import visible
from rome_elements.base.vocabulary import SYMBOL
from rome_elements.engine.ids import natural_key
from rome_elements.facts.document import (
    MAX_FILE_BYTES,
    DataPath,
    NeedsLocation,
    decode,
    is_marked,
    marks_confidential,
)
from rome_elements.facts.jsonload import parse_json, parse_json_fast
from rome_elements.facts.wording import show

WIDTH = 80

ChargeKey = tuple[str, str, str, int]  # accused, crime, mode, occurrence


class ReportFormatError(ValueError):
    """The document is not an `elements` JSON report."""


@dataclass(frozen=True, slots=True)
class ElementChange:
    """One element whose status or basis differs between the two reports."""

    id: str
    part: str
    before: str | None  # None: the element is not in that report (e.g. another option)
    after: str | None
    facts_removed: tuple[str, ...] = ()  # bound before, not after
    facts_added: tuple[str, ...] = ()
    evidence_removed: tuple[str, ...] = ()
    evidence_added: tuple[str, ...] = ()

    @property
    def status_changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True, slots=True)
class ChargeDiff:
    """A charge present in both reports."""

    accused: str
    crime: str
    mode: str
    label: str
    index_before: int
    index_after: int
    made_out_before: bool
    made_out_after: bool
    elements: tuple[ElementChange, ...]
    jurisdiction_before: str | None = None
    jurisdiction_after: str | None = None

    @property
    def status_changes(self) -> tuple[ElementChange, ...]:
        return tuple(e for e in self.elements if e.status_changed)

    @property
    def made_out_changed(self) -> bool:
        return self.made_out_before != self.made_out_after


@dataclass(frozen=True, slots=True)
class ChargeOnly:
    """A charge present in one report only."""

    accused: str
    crime: str
    mode: str
    label: str
    made_out: bool


@dataclass(frozen=True, slots=True)
class FactChange:
    id: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class DiffResult:
    case_before: str
    case_after: str
    standard_before: str
    standard_after: str
    charges: tuple[ChargeDiff, ...]
    charges_removed: tuple[ChargeOnly, ...] = ()  # only in before
    charges_added: tuple[ChargeOnly, ...] = ()  # only in after
    evidence_removed: tuple[str, ...] = ()  # in before's evidence list, not after's
    evidence_added: tuple[str, ...] = ()
    facts_removed: tuple[str, ...] = ()  # in before's facts list, not after's
    facts_added: tuple[str, ...] = ()
    excluded_before_only: tuple[str, ...] = ()  # --without in the before run only
    excluded_after_only: tuple[str, ...] = ()
    fact_changes: tuple[FactChange, ...] = ()  # same fact, different weight
    grade_changes: tuple[FactChange, ...] = ()  # same evidence item, weighed at another grade
    options_changed: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)
    """(option id, choice before, choice after); "(none)" where a report has no choice."""
    file_before: str = ""
    file_after: str = ""

    @property
    def made_out_before(self) -> int:
        return sum(c.made_out_before for c in self.charges) + sum(
            c.made_out for c in self.charges_removed
        )

    @property
    def made_out_after(self) -> int:
        return sum(c.made_out_after for c in self.charges) + sum(
            c.made_out for c in self.charges_added
        )

    @property
    def charges_before(self) -> int:
        return len(self.charges) + len(self.charges_removed)

    @property
    def charges_after(self) -> int:
        return len(self.charges) + len(self.charges_added)


def changed(result: DiffResult) -> bool:
    """True when some element's status, some charge's made-out verdict, or the set of charges
    differs. (Evidence that changes no status does not count.)"""
    return bool(
        result.charges_removed
        or result.charges_added
        or any(c.made_out_changed or c.status_changes for c in result.charges)
    )


# -- reading a JSON report from a file ----------------------------------------------------------

MAX_REPORT_BYTES = 4 * MAX_FILE_BYTES
"""JSON reports larger than this (1 GiB) are refused before they are read."""
READ_VERSIONS = ("1", "2")
"""The major versions of the JSON report this diff reads."""
MAX_SHAPE_PROBLEMS = 20
"""At most this many problems of a report's shape are reported (the first, in file order)."""

# What the diff reads of a report, and of which kind each value must be. A key may be absent
# (older reports lack some); where present, its value must be of this kind. `None` in a tuple
# of kinds: null is allowed.
_TEXT, _BOOL, _NUMBER = "text", "true or false", "a number"
_ID_LIST = ("list", _TEXT)
_ELEMENT = (
    "object",
    {
        "id": _TEXT,
        "part": _TEXT,
        "status": _TEXT,
        "facts": _ID_LIST,
        "via": _ID_LIST,
        "evidence": _ID_LIST,
        "chains": ("list", ("object", {"facts": _ID_LIST, "via": _ID_LIST})),
    },
)
_CHARGE = (
    "object",
    {
        "accused": _TEXT,
        "accused_name": ("nullable", _TEXT),
        "crime": _TEXT,
        "article": ("nullable", _TEXT),
        "mode": _TEXT,
        "made_out": _BOOL,
        "jurisdiction": (
            "nullable",
            ("either", _TEXT, ("object", {"status": ("nullable", _TEXT)})),
        ),
        "elements": ("list", _ELEMENT),
    },
)
_REPORT = (
    "object",
    {
        "report_version": ("either", _TEXT, _NUMBER),
        "case": ("nullable", _TEXT),
        "case_file": ("nullable", _TEXT),
        "standard": ("nullable", ("either", _TEXT, ("object", {"id": _TEXT}))),
        "options": ("list", ("object", {"id": _TEXT, "choice": ("nullable", _TEXT)})),
        "excluded": _ID_LIST,
        "charges": ("list", _CHARGE),
        "facts": ("list", ("object", {"id": _TEXT, "status": ("nullable", _TEXT)})),
        "evidence": ("list", ("object", {"id": _TEXT, "grade": ("nullable", _TEXT)})),
    },
)


def read_report(path: Path, name: str) -> dict[str, Any] | None:
    """The JSON report in `path` (`name`: BEFORE or AFTER), with every value the diff reads of
    the kind it must be; None when the file is a JSON case file (an object with `facts` and
    no `report_version`), which the caller checks instead. Anything else — not UTF-8, not
    JSON, nested too deep, a number too long to read, half a surrogate pair, a value of the
    wrong kind — raises `InputError`, each problem at its line and column (no line quoted
    from a report that holds confidential evidence)."""
    file = str(path)
    try:
        raw = read_limited(path, MAX_REPORT_BYTES)
    except TooLarge:
        raise InputError(
            [
                _error(
                    f"{name} ({file}) holds more than {MAX_REPORT_BYTES // 1024**3} GiB; "
                    "reports are limited to that"
                )
            ]
        ) from None
    except OSError as exc:
        raise InputError(
            [_error(f"cannot read {name} ({file}): {exc.strerror or type(exc).__name__}")]
        ) from None
    # no line of a report that holds confidential evidence is quoted: while the data is not
    # known, any mark of it (or an escape, which could spell the key) counts
    private = marks_confidential(raw) or b"\\u" in raw
    try:
        text = decode(raw, file)
        try:
            data = parse_json_fast(text)
            located = None
        except NeedsLocation:
            located, problems = parse_json(text, file)
            if problems:  # a key given twice
                raise InputError(problems) from None
            data = located.data
    except InputError as err:
        raise InputError(_as_report(err.diagnostics, private)) from None
    if type(data) is dict and "report_version" not in data and "facts" in data:
        return None  # a case file written in JSON
    found = _shape(data, _REPORT, ())
    private = _holds_confidential(data)
    if type(data) is dict and ("report_version" not in data or "charges" not in data):
        found.insert(
            0,
            (
                (),
                "this JSON file is not an `elements` report (it has no report_version or "
                "charges); produce one with `elements check --format json`",
            ),
        )
    if not found and data.get("report_version") is not None:
        major = str(data["report_version"]).split(".", 1)[0]
        if major not in READ_VERSIONS:
            found.append(
                (
                    ("report_version",),
                    f"it has version {show(data['report_version'])}; this diff reads versions "
                    f"{' and '.join(READ_VERSIONS)}",
                )
            )
    if not found:
        assert type(data) is dict  # (checked above)
        return data
    if located is None:
        located, _ = parse_json(text, file)
    diags = [
        Diagnostic(
            "error",
            f"{name} is not a report this diff can read: {message}",
            located.span(where) if where else Span(file, 1, 1),
            notes=(f"at {_json_path(where)}",) if where else (),
            quote=not private,
        )
        for where, message in found[:MAX_SHAPE_PROBLEMS]
    ]
    if len(found) > MAX_SHAPE_PROBLEMS:
        diags.append(_error(f"… and {len(found) - MAX_SHAPE_PROBLEMS:,} more in {file}"))
    raise InputError(diags)


def _holds_confidential(data: Any) -> bool:
    """Whether a report's data marks any evidence item confidential (or cannot say)."""
    if type(data) is not dict:
        return False
    evidence = data.get("evidence")
    if evidence is None:
        return False
    if type(evidence) is not list:
        return True
    return any(type(e) is not dict or is_marked(e.get("confidential")) for e in evidence)


def _error(message: str) -> Diagnostic:
    return Diagnostic("error", message)


def _as_report(diags: Iterable[Diagnostic], private: bool) -> list[Diagnostic]:
    """The JSON reader's messages speak of case files; these are reports."""
    return [
        replace(
            d,
            message=d.message.replace("case files", "reports").replace("case file", "report"),
            quote=d.quote and not private,
        )
        for d in diags
    ]


_KIND_OF = {str: _TEXT, bool: _BOOL, int: _NUMBER, float: _NUMBER}


def _shape(value: Any, spec: Any, where: DataPath) -> list[tuple[DataPath, str]]:
    """Where `value` is not of the kind `spec` says, and what was expected there."""
    if isinstance(spec, str):
        kind = _KIND_OF.get(type(value))
        if kind == spec:
            return []
        return [(where, f"expected {spec}, not {_what(value)}")]
    tag = spec[0]
    if tag == "nullable":
        return [] if value is None else _shape(value, spec[1], where)
    if tag == "either":
        first = _shape(value, spec[1], where)
        if not first or not _shape(value, spec[2], where):
            return []
        return [(where, f"expected {_describe(spec)}, not {_what(value)}")]
    if tag == "list":
        if type(value) is not list:
            return [(where, f"expected a list, not {_what(value)}")]
        out: list[tuple[DataPath, str]] = []
        for i, item in enumerate(value):
            out += _shape(item, spec[1], (*where, i))
            if len(out) > MAX_SHAPE_PROBLEMS:
                break
        return out
    if type(value) is not dict:
        return [(where, f"expected an object, not {_what(value)}")]
    out = []
    for key, item_spec in spec[1].items():
        if key in value:
            out += _shape(value[key], item_spec, (*where, key))
    return out


def _describe(spec: Any) -> str:
    if isinstance(spec, str):
        return spec
    if spec[0] == "either":
        return f"{_describe(spec[1])} or {_describe(spec[2])}"
    if spec[0] == "nullable":
        return f"{_describe(spec[1])} or null"
    return "a list" if spec[0] == "list" else "an object"


def _what(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "text (a number too long to read as one)" if value.isdigit() else "text"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"


def _json_path(where: DataPath) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in where)[
        1 if where and isinstance(where[0], str) else 0 :
    ]


# -- reading the documents ---------------------------------------------------------------------


def _require(doc: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(doc, Mapping):
        raise ReportFormatError(f"the {name} report is not a JSON object")
    if "report_version" not in doc or not isinstance(doc.get("charges"), list | tuple):
        raise ReportFormatError(
            f"the {name} report is not an `elements` report (no report_version or charges); "
            "produce one with `elements check --format json`"
        )
    major = str(doc["report_version"]).split(".", 1)[0]
    if major not in READ_VERSIONS:
        raise ReportFormatError(
            f"the {name} report has version {doc['report_version']}; this diff reads versions "
            "1 and 2"
        )
    return doc


def _strs(value: Any) -> list[str]:
    """A JSON array (a list, or a tuple in a `to_dict()` not yet serialised) of strings."""
    if not isinstance(value, list | tuple):
        return []
    return [str(v) for v in value]


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list | tuple):
        return []
    return [str(x["id"]) for x in items if isinstance(x, Mapping) and "id" in x]


def _keyed_charges(doc: Mapping[str, Any]) -> dict[ChargeKey, tuple[int, Mapping[str, Any]]]:
    seen: Counter[tuple[str, str, str]] = Counter()
    out: dict[ChargeKey, tuple[int, Mapping[str, Any]]] = {}
    for i, c in enumerate(doc["charges"]):
        if not isinstance(c, Mapping):
            raise ReportFormatError(f"charge {i + 1} is not a JSON object")
        base = (str(c.get("accused", "")), str(c.get("crime", "")), str(c.get("mode", "")))
        out[(*base, seen[base])] = (i, c)
        seen[base] += 1
    return out


def _label(c: Mapping[str, Any]) -> str:
    who = c.get("accused_name") or c.get("accused", "")
    crime = f"art. {c['article']}" if c.get("article") else str(c.get("crime", ""))
    return f"{who} — {crime} by {c.get('mode', '')}"


def _bound(el: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    facts = set(_strs(el.get("facts"))) | set(_strs(el.get("via")))
    for chain in el.get("chains") or []:
        if isinstance(chain, Mapping):
            facts |= set(_strs(chain.get("facts"))) | set(_strs(chain.get("via")))
    return facts, set(_strs(el.get("evidence")))


def _elements(c: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
    out: dict[tuple[str, str], Mapping[str, Any]] = {}
    for el in c.get("elements") or []:
        if isinstance(el, Mapping):
            out[(str(el.get("part", "")), str(el.get("id", "")))] = el
    return out


def _element_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[ElementChange]:
    eb, ea = _elements(before), _elements(after)
    order = list(eb) + [k for k in ea if k not in eb]
    out = []
    for key in order:
        b, a = eb.get(key), ea.get(key)
        fb, evb = _bound(b) if b is not None else (set(), set())
        fa, eva = _bound(a) if a is not None else (set(), set())
        sb = str(b.get("status")) if b is not None else None
        sa = str(a.get("status")) if a is not None else None
        if sb == sa and fb == fa and evb == eva:
            continue
        out.append(
            ElementChange(
                id=key[1],
                part=key[0],
                before=sb,
                after=sa,
                facts_removed=_natural(fb - fa),
                facts_added=_natural(fa - fb),
                evidence_removed=_natural(evb - eva),
                evidence_added=_natural(eva - evb),
            )
        )
    return out


def _natural(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(ids), key=lambda s: (natural_key(s), s)))


def _only(first: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    other = set(second)
    return tuple(dict.fromkeys(x for x in first if x not in other))


def _options(doc: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in doc.get("options") or []:
        if isinstance(o, Mapping) and "id" in o:
            out[str(o["id"])] = str(o.get("choice", ""))
    return out


def _fact_status(doc: Mapping[str, Any]) -> dict[str, str]:
    return {
        str(f["id"]): str(f.get("status", ""))
        for f in doc.get("facts") or []
        if isinstance(f, Mapping) and "id" in f
    }


def _grades(doc: Mapping[str, Any]) -> dict[str, str]:
    return {
        str(e["id"]): str(e["grade"])
        for e in doc.get("evidence") or []
        if isinstance(e, Mapping) and "id" in e and e.get("grade") is not None
    }


def _jurisdiction(c: Mapping[str, Any]) -> str | None:
    j = c.get("jurisdiction")
    if isinstance(j, Mapping):
        return str(j.get("status")) if j.get("status") is not None else None
    return str(j) if j is not None else None


def diff_reports(before: Mapping[str, Any], after: Mapping[str, Any]) -> DiffResult:
    """Compare two report documents (`Report.to_dict()`, or a `--format json` file loaded)."""
    b = _require(before, "first")
    a = _require(after, "second")
    cb, ca = _keyed_charges(b), _keyed_charges(a)
    charges = []
    for key, (ib, c_b) in cb.items():
        if key not in ca:
            continue
        ia, c_a = ca[key]
        charges.append(
            ChargeDiff(
                accused=key[0],
                crime=key[1],
                mode=key[2],
                label=_label(c_a),
                index_before=ib,
                index_after=ia,
                made_out_before=bool(c_b.get("made_out")),
                made_out_after=bool(c_a.get("made_out")),
                elements=tuple(_element_changes(c_b, c_a)),
                jurisdiction_before=_jurisdiction(c_b),
                jurisdiction_after=_jurisdiction(c_a),
            )
        )
    removed = tuple(
        ChargeOnly(k[0], k[1], k[2], _label(c), bool(c.get("made_out")))
        for k, (_, c) in cb.items()
        if k not in ca
    )
    added = tuple(
        ChargeOnly(k[0], k[1], k[2], _label(c), bool(c.get("made_out")))
        for k, (_, c) in ca.items()
        if k not in cb
    )
    fsb, fsa = _fact_status(b), _fact_status(a)
    gb, ga = _grades(b), _grades(a)
    ob, oa = _options(b), _options(a)
    return DiffResult(
        case_before=str(b.get("case", "")),
        case_after=str(a.get("case", "")),
        standard_before=_standard_id(b),
        standard_after=_standard_id(a),
        charges=tuple(charges),
        charges_removed=removed,
        charges_added=added,
        evidence_removed=_only(_ids(b.get("evidence")), _ids(a.get("evidence"))),
        evidence_added=_only(_ids(a.get("evidence")), _ids(b.get("evidence"))),
        facts_removed=_only(_ids(b.get("facts")), _ids(a.get("facts"))),
        facts_added=_only(_ids(a.get("facts")), _ids(b.get("facts"))),
        excluded_before_only=_only(_strs(b.get("excluded")), _strs(a.get("excluded"))),
        excluded_after_only=_only(_strs(a.get("excluded")), _strs(b.get("excluded"))),
        fact_changes=tuple(
            FactChange(fid, fsb[fid], fsa[fid])
            for fid in fsb
            if fid in fsa and fsb[fid] != fsa[fid]
        ),
        grade_changes=tuple(
            FactChange(eid, gb[eid], ga[eid]) for eid in gb if eid in ga and gb[eid] != ga[eid]
        ),
        options_changed=tuple(
            (oid, ob.get(oid, "(none)"), oa.get(oid, "(none)"))
            for oid in sorted(set(ob) | set(oa))
            if ob.get(oid) != oa.get(oid)
        ),
        file_before=str(b.get("case_file") or ""),
        file_after=str(a.get("case_file") or ""),
    )


def _standard_id(doc: Mapping[str, Any]) -> str:
    s = doc.get("standard")
    if isinstance(s, Mapping):
        return str(s.get("id", ""))
    return str(s or "")


# -- rendering ---------------------------------------------------------------------------------


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        visible(" ".join(text.split())),  # no control or bidi character reaches the terminal
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _status(s: str | None) -> str:
    if s is None:
        return "(absent)"
    return f"{SYMBOL.get(s, '?')} {s}"


def _yes(made_out: bool) -> str:
    return "made out" if made_out else "not made out"


def _list(ids: Sequence[str]) -> str:
    return ", ".join(ids)


def _reasons(el: ElementChange) -> list[str]:
    out: list[str] = []
    pairs = (
        ("evidence no longer relied on", el.evidence_removed),
        ("evidence newly relied on", el.evidence_added),
        ("facts no longer bound", el.facts_removed),
        ("facts newly bound", el.facts_added),
    )
    for what, ids in pairs:
        if ids:
            out += _wrap(f"{what}: {_list(ids)}", "      ", "        ")
    return out


def render_diff(result: DiffResult) -> str:
    """Plain text, at most 80 columns, ending with one newline."""
    r = result
    out: list[str] = []
    if r.case_before == r.case_after:
        out += _wrap(f"Case: {r.case_before}", "", "  ")
    else:
        out += _wrap(f"Before: {r.case_before}", "", "  ")
        out += _wrap(f"After:  {r.case_after}", "", "  ")
    if r.file_before != r.file_after:
        out += _wrap(f"Case files: {r.file_before} → {r.file_after}", "", "  ")
    if r.standard_before == r.standard_after:
        out += _wrap(f"Standard: {r.standard_before}", "", "  ")
    else:
        out += _wrap(f"Standard: {r.standard_before} → {r.standard_after}", "", "  ")
    if r.excluded_before_only:
        out += _wrap(f"Excluded only before: {_list(r.excluded_before_only)}", "", "  ")
    if r.excluded_after_only:
        out += _wrap(f"Excluded only after: {_list(r.excluded_after_only)}", "", "  ")
    for oid, was, now in r.options_changed:
        out += _wrap(f"Option changed: {oid}: {was} → {now}", "", "  ")
    for c in r.charges:
        out.append("")
        n = (
            f"{c.index_before + 1}"
            if c.index_before == c.index_after
            else f"{c.index_before + 1} → {c.index_after + 1}"
        )
        out += _wrap(f"Charge {n}: {c.label}", "", "  ")
        if c.made_out_changed:
            out.append(f"  {_yes(c.made_out_before)} → {_yes(c.made_out_after).upper()}")
        else:
            out.append(f"  still {_yes(c.made_out_after)}")
        if c.jurisdiction_before != c.jurisdiction_after:
            out += _wrap(
                f"jurisdiction: {c.jurisdiction_before} → {c.jurisdiction_after}", "  ", "    "
            )
        if not c.status_changes:
            out.append("  no element changed status")
        for el in c.elements:
            if el.status_changed:
                head = f"{el.id} ({el.part}): {_status(el.before)} → {_status(el.after)}"
            else:
                head = f"{el.id} ({el.part}): still {_status(el.after)}, on a different basis"
            out += _wrap(head, "  ", "      ")
            out += _reasons(el)
    for title, only in (
        ("Charges only before", r.charges_removed),
        ("Charges only after", r.charges_added),
    ):
        if only:
            out.append("")
            out.append(f"{title}:")
            for co in only:
                out += _wrap(f"{co.label} ({_yes(co.made_out)})", "  ", "    ")
    lists = (
        ("Evidence only before", r.evidence_removed),
        ("Evidence only after", r.evidence_added),
        ("Facts only before", r.facts_removed),
        ("Facts only after", r.facts_added),
    )
    if any(ids for _, ids in lists) or r.fact_changes or r.grade_changes:
        out.append("")
    for gc in r.grade_changes:
        out += _wrap(
            f"Evidence {gc.id} weighed at another grade: {gc.before} → {gc.after}", "", "  "
        )
    for title, ids in lists:
        if ids:
            out += _wrap(f"{title}: {_list(ids)}", "", "  ")
    if r.fact_changes:
        out.append("Facts whose weight changed:")
        for fc in r.fact_changes:
            out += _wrap(f"{fc.id}: {_status(fc.before)} → {_status(fc.after)}", "  ", "    ")
    out.append("")
    out += _summary(r)
    return "\n".join(out) + "\n"


def _summary(r: DiffResult) -> list[str]:
    """The last lines of every rendering: how many statuses changed, and the verdicts."""
    count = sum(len(c.status_changes) for c in r.charges)
    return [
        f"{count} element status{'es' if count != 1 else ''} changed."
        if count
        else "No element changed status.",
        f"Charges made out: {r.made_out_before} of {r.charges_before} → {r.made_out_after} of "
        f"{r.charges_after}.",
    ]


DIFF_VERSION = "1.0"
"""The version of the JSON document of `elements diff --format json`."""


def diff_document(r: DiffResult) -> dict[str, Any]:
    """The diff as a JSON document: versioned, deterministic (same reports, same bytes)."""

    def element(el: ElementChange) -> dict[str, Any]:
        return {
            "id": el.id,
            "part": el.part,
            "before": el.before,
            "after": el.after,
            "status_changed": el.status_changed,
            "facts_removed": list(el.facts_removed),
            "facts_added": list(el.facts_added),
            "evidence_removed": list(el.evidence_removed),
            "evidence_added": list(el.evidence_added),
        }

    def only(c: ChargeOnly) -> dict[str, Any]:
        return {
            "accused": c.accused,
            "crime": c.crime,
            "mode": c.mode,
            "label": c.label,
            "made_out": c.made_out,
        }

    return {
        "diff_version": DIFF_VERSION,
        "changed": changed(r),
        "before": {
            "case": r.case_before,
            "case_file": r.file_before,
            "standard": r.standard_before,
        },
        "after": {"case": r.case_after, "case_file": r.file_after, "standard": r.standard_after},
        "options_changed": [
            {"id": oid, "before": was, "after": now} for oid, was, now in r.options_changed
        ],
        "excluded_only_before": list(r.excluded_before_only),
        "excluded_only_after": list(r.excluded_after_only),
        "charges": [
            {
                "accused": c.accused,
                "crime": c.crime,
                "mode": c.mode,
                "label": c.label,
                "number_before": c.index_before + 1,
                "number_after": c.index_after + 1,
                "made_out_before": c.made_out_before,
                "made_out_after": c.made_out_after,
                "jurisdiction_before": c.jurisdiction_before,
                "jurisdiction_after": c.jurisdiction_after,
                "elements": [element(el) for el in c.elements],
            }
            for c in r.charges
        ],
        "charges_only_before": [only(c) for c in r.charges_removed],
        "charges_only_after": [only(c) for c in r.charges_added],
        "evidence_only_before": list(r.evidence_removed),
        "evidence_only_after": list(r.evidence_added),
        "facts_only_before": list(r.facts_removed),
        "facts_only_after": list(r.facts_added),
        "evidence_grade_changed": [
            {"id": g.id, "before": g.before, "after": g.after} for g in r.grade_changes
        ],
        "facts_weight_changed": [
            {"id": f.id, "before": f.before, "after": f.after} for f in r.fact_changes
        ],
        "summary": {
            "status_changes": sum(len(c.status_changes) for c in r.charges),
            "made_out_before": r.made_out_before,
            "charges_before": r.charges_before,
            "made_out_after": r.made_out_after,
            "charges_after": r.charges_after,
        },
    }


def render_diff_json(r: DiffResult) -> str:
    return json.dumps(diff_document(r), indent=2, ensure_ascii=False) + "\n"


def render_diff_markdown(r: DiffResult) -> str:
    """The diff as Markdown: a table of what the runs were made with, a table of changed
    elements per charge, then the lists; every case text escaped (`cli.markdown.md`)."""
    from rome_elements.cli.markdown import code, md

    def ids(items: Sequence[str]) -> str:
        return ", ".join(code(i) for i in items)

    out = ["# What changed between two reports", "", "| | Before | After |", "|---|---|---|"]
    out.append(f"| Case | {md(r.case_before)} | {md(r.case_after)} |")
    if r.file_before or r.file_after:
        out.append(f"| Case file | {md(r.file_before)} | {md(r.file_after)} |")
    out.append(f"| Standard | {code(r.standard_before)} | {code(r.standard_after)} |")
    for oid, was, now in r.options_changed:
        out.append(f"| Option {code(oid)} | {code(was)} | {code(now)} |")
    if r.excluded_before_only or r.excluded_after_only:
        out.append(
            f"| Left out (`--without`) | {ids(r.excluded_before_only)} | "
            f"{ids(r.excluded_after_only)} |"
        )
    for c in r.charges:
        n = (
            f"{c.index_before + 1}"
            if c.index_before == c.index_after
            else f"{c.index_before + 1} → {c.index_after + 1}"
        )
        out += ["", f"## Charge {n}: {md(c.label)}", ""]
        verdict = (
            f"{_yes(c.made_out_before)} → **{_yes(c.made_out_after)}**"
            if c.made_out_changed
            else f"still {_yes(c.made_out_after)}"
        )
        out.append(verdict.capitalize() + ".")
        if c.jurisdiction_before != c.jurisdiction_after:
            out.append(f"Jurisdiction: {md(c.jurisdiction_before)} → {md(c.jurisdiction_after)}.")
        if not c.elements:
            out += ["", "No element changed."]
            continue
        out += ["", "| Element | Before | After | Why |", "|---|---|---|---|"]
        for el in c.elements:
            why = "; ".join(
                f"{what}: {ids(items)}"
                for what, items in (
                    ("evidence no longer relied on", el.evidence_removed),
                    ("evidence newly relied on", el.evidence_added),
                    ("facts no longer bound", el.facts_removed),
                    ("facts newly bound", el.facts_added),
                )
                if items
            )
            after = _status(el.after) if el.status_changed else f"still {_status(el.after)}"
            out.append(f"| {code(el.id)} ({el.part}) | {_status(el.before)} | {after} | {why} |")
    for title, charges in (
        ("Charges only before", r.charges_removed),
        ("Charges only after", r.charges_added),
    ):
        if charges:
            out += ["", f"## {title}", ""]
            out += [f"- {md(co.label)} ({_yes(co.made_out)})" for co in charges]
    lists = (
        ("Evidence only before", r.evidence_removed),
        ("Evidence only after", r.evidence_added),
        ("Facts only before", r.facts_removed),
        ("Facts only after", r.facts_added),
    )
    if any(items for _, items in lists) or r.fact_changes or r.grade_changes:
        out += ["", "## Evidence and facts", ""]
        out += [
            f"- Grade of {code(g.id)}: {code(g.before)} → {code(g.after)}" for g in r.grade_changes
        ]
        out += [f"- {title}: {ids(items)}" for title, items in lists if items]
        out += [
            f"- Weight of {code(fc.id)}: {_status(fc.before)} → {_status(fc.after)}"
            for fc in r.fact_changes
        ]
    out += ["", "## Summary", ""]
    out += [f"- {line}" for line in _summary(r)]
    return "\n".join(out) + "\n"


def render(r: DiffResult, fmt: str) -> str:
    """The diff as `json`, `markdown` or (anything else) text."""
    if fmt == "json":
        return render_diff_json(r)
    if fmt == "markdown":
        return render_diff_markdown(r)
    return render_diff(r)
