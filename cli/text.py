"""The terminal report: per charge, each element's status (a symbol *and* a word, never colour
alone), the facts and evidence behind it, and what is missing. At a terminal it fits the
terminal's width (`terminal_width`), elsewhere 80 columns; colour only on a terminal and never
when NO_COLOR is set."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import fields, is_dataclass, replace
from typing import Any, cast

import click

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RESULT_TEXT, SYMBOL
from rome_elements.cli.header import (
    LEGEND_INTRO,
    LEGEND_TITLE,
    assertion,
    confidential_banner,
    header_rows,
    legend,
)
from rome_elements.engine.report import (
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    Report,
    evidence_relations,
)

WIDTH = 80
"""Columns of the report written anywhere but to a terminal (files, pipes: goldens stay put)."""
MIN_WIDTH, MAX_WIDTH = 60, 120
"""At a terminal: never narrower (the indents need room), never wider (lines stay readable)."""
_width: ContextVar[int] = ContextVar("width", default=WIDTH)


def terminal_width() -> int:
    """The width of the terminal (or $COLUMNS), within MIN_WIDTH..MAX_WIDTH."""
    columns = shutil.get_terminal_size((WIDTH, 24)).columns
    return max(MIN_WIDTH, min(MAX_WIDTH, columns))


MAX_LISTED = 20
"""At most this many ids per list, and this many lines of needs, per element: the terminal
report of a situation-level case stays readable; the JSON report lists everything."""
COLOUR = {"supported": "green", "insufficient": "yellow", "contested": "magenta", "missing": "red"}


class Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def status(self, status: str) -> str:
        word = f"{SYMBOL[status]} {status:<12}"
        return click.style(word, fg=COLOUR[status]) if self.colour else word

    def bold(self, text: str) -> str:
        return click.style(text, bold=True) if self.colour else text


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        _width.get(),
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [first or indent]


def render(report: Report, colour: bool = False, verbose: bool = False, width: int = WIDTH) -> str:
    """The report as text, its lines wrapped at `width` columns."""
    token = _width.set(width)
    try:
        return _render(report, colour, verbose)
    finally:
        _width.reset(token)


def _render(report: Report, colour: bool, verbose: bool) -> str:
    # how many acts each charge has, and make it out, before the lists are cut to what prints
    totals = {c.index: (c.best.considered, len(c.best.acts_made_out)) for c in report.charges}
    banner = confidential_banner(report)  # names evidence that _printable leaves out
    report = _printable(report)
    st = Style(colour)
    s = report.standard
    out = [st.bold(line) for line in _wrap(visible(banner), "", "")] if banner else []
    out.append(st.bold(f"Case: {report.case}"))
    for label, value in header_rows(report):
        out += _wrap(f"{label}: {value}", "  ", "")
    out += _wrap(
        f"Standard: {s.title} (art. {s.article}) — per fact: {s.origins} independent "
        f"origin{'s' if s.origins != 1 else ''} graded {s.min_grade} or better; contradiction: "
        f"{s.contradiction} (credible at {s.credible_contradiction}); inference: {s.inference}",
        "  ",
        "",
    )
    for ev in report.evidence:
        if ev.integrity:
            out += _wrap(
                f"Integrity failure: {ev.id} — {ev.integrity}; it is not weighed.", "  ", ""
            )
    for g in report.regraded:
        out += _wrap(g.text, "  ", "")
    if report.excluded:
        out += _wrap(f"Evaluated as if these did not exist: {', '.join(report.excluded)}", "  ", "")
    facts = {f.id: f for f in report.facts}  # those the text mentions (_printable)
    evidence = {e.id: e for e in report.evidence}
    for charge in report.charges:
        out.append("")
        out += _charge(charge, st, verbose, facts, evidence, totals[charge.index])
    tags = legend(report)
    if tags:
        out.append("")
        out += _wrap(f"{LEGEND_TITLE}. {LEGEND_INTRO}", "  ", "")
        for tag, meaning in tags:
            out += _wrap(f"{tag}: {meaning}", "      ", "    ")
    made = sum(c.made_out for c in report.charges)
    out.append("")
    out.append(st.bold(f"{made} of {len(report.charges)} charges made out at {s.id}."))
    return "\n".join(out) + "\n"


def _charge(
    charge: ChargeFinding,
    st: Style,
    verbose: bool,
    facts: Mapping[str, FactFinding],
    evidence: Mapping[str, EvidenceInfo],
    totals: tuple[int, int],
) -> list[str]:
    counts = charge.counts()
    verdict = RESULT_TEXT[charge.result].upper()
    out = [
        st.bold(f"Charge {charge.index + 1}: {charge.accused_name} — {verdict}"),
    ]
    out += _wrap(f"Crime: art. {charge.article} {charge.crime_title}", "         ", "  ")
    out += _wrap(f"Mode:  art. {charge.mode_article} {charge.mode_title}", "         ", "  ")
    if len(charge.forms) > 1:
        out += _wrap(
            f"Charged in the alternative ({charge.charged_mode}): made out if any form is",
            "    ",
            "  ",
        )
        for form in charge.forms:
            best = f", best act {form.best.act}" if form.best.act else ""
            out += _wrap(
                f"{form.mode} (art. {form.mode_article}): {RESULT_TEXT[form.result]}{best}",
                "      ",
                "    · ",
            )
    out += _acts(charge, *totals)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    out.append(f"  Elements{f' (act {charge.act})' if charge.act else ''}: {summary}")
    label = {"within": "within", "outside": "OUTSIDE", "undetermined": "undetermined"}[
        charge.jurisdiction
    ]
    out += _wrap(f"Jurisdiction: {label}", "    ", "  ")
    for reason in charge.jurisdiction_reasons:
        out += _wrap(reason, "      ", "    · ")
    for part in ("crime", "mode"):
        elements = [e for e in charge.elements if e.part == part]
        if elements:
            out.append(f"  {'Crime elements' if part == 'crime' else 'Mode elements'}:")
            for el in elements:
                out += _element(el, st, verbose, facts, evidence)
    return out


def _acts(charge: ChargeFinding, total: int, total_made: int) -> list[str]:
    """Which acts the charge rests on: the one shown, and how the others fared (`total` acts,
    `total_made` making it out: the lists printed are cut to MAX_LISTED)."""
    acts = charge.acts
    if acts[0].act is None:
        return _wrap("Acts: none — no fact establishes the crime's conduct", "    ", "  ")
    made = charge.best.acts_made_out
    head = (
        f"Acts: {total:,} considered; made out by {_ids(made, total_made)}"
        if made
        else f"Acts: {total:,} considered; none makes the charge out"
    )
    out = _wrap(head + f"; shown: {acts[0].act} (the best)", "    ", "  ")
    if total > 1:
        for act in acts[:MAX_LISTED]:
            counts = ", ".join(f"{n} {k}" for k, n in act.counts().items() if n)
            line = (
                f"{act.act}: {RESULT_TEXT[act.result]} ({counts}; jurisdiction {act.jurisdiction})"
            )
            out += _wrap(line, "      ", "    · ")
        if total > MAX_LISTED:
            out += _wrap(_more(total - MAX_LISTED, "act"), "      ", "    · ")
    return out


def _element(
    el: ElementFinding,
    st: Style,
    verbose: bool,
    facts: Mapping[str, FactFinding],
    evidence: Mapping[str, EvidenceInfo],
) -> list[str]:
    kind = f"{el.kind} {el.subkind}" if el.subkind else el.kind
    out = [f"    {st.status(el.status)} {el.id} ({kind})"]
    out += _wrap(el.text, "        ")
    if el.provenance:
        out += _wrap(f"source: {el.provenance}", "          ", "        ")
    if el.facts:
        listed = _ids(el.facts)
        ev = _ids(el.evidence) if el.evidence else "none directly"
        out += _wrap(f"facts: {listed}; evidence: {ev}", "          ", "        ")
    for fid in el.facts[:MAX_LISTED]:
        fact = facts.get(fid)
        if fact is not None and fact.attributes:
            out += _wrap(f"{fid} ({fact.type}): {assertion(fact)}", "            ", "          ")
    if len(el.facts) > MAX_LISTED:
        out += _wrap(_more(len(el.facts) - MAX_LISTED, "fact"), "            ", "          ")
    out += _contradicted(el, facts, evidence)
    inferred = [facts[fid] for fid in el.facts if fid in facts and facts[fid].inferred_from]
    for fact in inferred[:MAX_LISTED]:
        counts = "inference" in fact.origins
        how = "counts at this standard" if counts else "does not suffice on its own here"
        line = f"{fact.id} is inferred from {_ids(fact.inferred_from)} ({how})"
        out += _wrap(line, "          ", "        ")
    if len(inferred) > MAX_LISTED:
        out += _wrap(_more(len(inferred) - MAX_LISTED, "inferred fact"), "          ", "        ")
    if el.via:
        out += _wrap(f"joined with: {_ids(el.via)}", "          ", "        ")
    for need in el.needs[:MAX_LISTED]:
        out += _wrap(need, "          ", "        → ")
    if len(el.needs) > MAX_LISTED:
        out += _wrap(_more(len(el.needs) - MAX_LISTED, "need"), "          ", "        → ")
    for opt in el.options:
        out += _wrap(opt, "          ", "        ⚑ ")
    for note in el.notes:
        if note.startswith("integrity:") and el.status == "supported":
            out += _wrap(note, "          ", "        ! ")
    if verbose:
        for note in el.notes:
            out += _wrap(note, "          ", "        · ")
        for d in el.derived:
            out += _wrap(f"derived (art. 30): {d}", "          ", "        · ")
    return out


def _contradicted(
    el: ElementFinding, facts: Mapping[str, FactFinding], evidence: Mapping[str, EvidenceInfo]
) -> list[str]:
    """A line per evidence item contradicting the element's facts: which, graded how, whose."""
    out: list[str] = []
    relations = evidence_relations(el, facts)
    against = [(eid, rel["contra"]) for eid, rel in relations.items() if "contra" in rel]
    for eid, fids in against[:MAX_LISTED]:
        info = evidence.get(eid)
        about = f" ({info.grade}, {info.kind}: {info.source})" if info else ""
        line = f"contradicted by {eid}{about}, against {_ids(fids)}"
        out += _wrap(line, "          ", "        ! ")
    if len(against) > MAX_LISTED:
        out += _wrap(
            _more(len(against) - MAX_LISTED, "contradicting item"), "          ", "        ! "
        )
    return out


def _printable(report: Report) -> Report:
    """The parts of the report this renderer prints (at most MAX_LISTED acts per form), with
    every control and bidi character of case or library text shown as an escape
    (`base.text`): a name cannot clear the screen, retitle the terminal, hide a link,
    reorder the line or start a forged one."""
    shown = {
        fid
        for c in report.charges
        for f in c.forms
        for a in f.acts[:MAX_LISTED]
        for el in a.elements
        for fid in el.facts[:MAX_LISTED]
    }
    facts = tuple(f for f in report.facts if f.inferred_from or f.id in shown)
    contra = {eid for f in facts for eid in f.contra}
    slim = replace(
        report,
        facts=facts,
        evidence=tuple(e for e in report.evidence if e.integrity or e.id in contra),
        charges=tuple(
            replace(
                c,
                forms=tuple(
                    replace(f, acts=f.acts[:MAX_LISTED], acts_made_out=f.acts_made_out[:MAX_LISTED])
                    for f in c.forms
                ),
            )
            for c in report.charges
        ),
    )
    return cast(Report, _clean(slim))


def _clean(value: Any) -> Any:
    """`value` (a report dataclass, tuple or text) with its text made visible; the same object
    where nothing needed it. An object met again (the charges of many accused share their
    acts' findings) is cleaned once."""
    return _Cleaner().clean(value)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""Each report dataclass's field names (`dataclasses.fields` builds them on every call)."""


class _Cleaner:
    def __init__(self) -> None:
        self._done: dict[int, tuple[Any, Any]] = {}  # id -> (the object, kept alive; cleaned)

    def clean(self, value: Any) -> Any:
        if isinstance(value, str):
            return visible(value)
        if not isinstance(value, tuple) and not (
            is_dataclass(value) and not isinstance(value, type)
        ):
            return value
        hit = self._done.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        out = self._tuple(value) if isinstance(value, tuple) else self._dataclass(value)
        self._done[id(value)] = (value, out)
        return out

    def _tuple(self, value: tuple[Any, ...]) -> tuple[Any, ...]:
        if all(type(x) is str for x in value):
            if visible("".join(value)) == "".join(value):
                return value
            return tuple(visible(x) for x in value)
        items = tuple(self.clean(x) for x in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items

    def _dataclass(self, value: Any) -> Any:
        names = _FIELD_NAMES.get(type(value))
        if names is None:
            names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
        changed = {}
        for name in names:
            old = getattr(value, name)
            new = self.clean(old)
            if new is not old:
                changed[name] = new
        return replace(value, **changed) if changed else value


def _ids(ids: Sequence[str], total: int | None = None) -> str:
    """Ids separated by commas; beyond MAX_LISTED, how many more (of `total`, if the list
    was already cut)."""
    total = len(ids) if total is None else total
    if total <= MAX_LISTED:
        return ", ".join(ids)
    return f"{', '.join(ids[:MAX_LISTED])} … and {total - MAX_LISTED:,} more"


def _more(n: int, what: str) -> str:
    return f"… and {n:,} more {what}{'s' if n != 1 else ''} (the JSON report lists all)"
