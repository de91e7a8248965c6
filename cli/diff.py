"""Compare two reports: which element statuses changed, and which evidence or facts made the
difference.

Works on two `Report.to_dict()` documents (two `--format json` files, or two case files checked
first). Charges are matched by accused + crime + mode (the n-th occurrence with the n-th, if a
case charges the same thing twice); elements by part + id. For each element that differs the
diff names the facts and evidence bound to it in one report and not in the other (its
`facts`, `evidence` and the facts of its chains). Across the whole report it names the evidence
and facts present in one report's lists and not the other's, the items excluded (`--without`)
in one run and not the other, and the facts whose weight changed. The text rendering fits 80
columns and says "no element changed status" when none did.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import SYMBOL
from rome_elements.engine.ids import natural_key

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
    options_changed: tuple[str, ...] = field(default_factory=tuple)  # "id: a → b"
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


def changed(result: DiffResult) -> bool:
    """True when some element's status, some charge's made-out verdict, or the set of charges
    differs. (Evidence that changes no status does not count.)"""
    return bool(
        result.charges_removed
        or result.charges_added
        or any(c.made_out_changed or c.status_changes for c in result.charges)
    )


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
    if major not in ("1", "2"):
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
        options_changed=tuple(
            f"{oid}: {ob.get(oid, '(none)')} → {oa.get(oid, '(none)')}"
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
    for opt in r.options_changed:
        out += _wrap(f"Option changed: {opt}", "", "  ")
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
    if any(ids for _, ids in lists) or r.fact_changes:
        out.append("")
    for title, ids in lists:
        if ids:
            out += _wrap(f"{title}: {_list(ids)}", "", "  ")
    if r.fact_changes:
        out.append("Facts whose weight changed:")
        for fc in r.fact_changes:
            out += _wrap(f"{fc.id}: {_status(fc.before)} → {_status(fc.after)}", "  ", "    ")
    out.append("")
    total_b = len(r.charges) + len(r.charges_removed)
    total_a = len(r.charges) + len(r.charges_added)
    if not any(c.status_changes for c in r.charges):
        out.append("No element changed status.")
    else:
        count = sum(len(c.status_changes) for c in r.charges)
        out.append(f"{count} element status{'es' if count != 1 else ''} changed.")
    out.append(
        f"Charges made out: {r.made_out_before} of {total_b} → {r.made_out_after} of {total_a}."
    )
    return "\n".join(out) + "\n"
