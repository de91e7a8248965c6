"""The evidence chart: one row per charge × act × element × evidence item, for a spreadsheet
(`--format csv`, `--format xlsx`).

Investigators keep their evidence in spreadsheets; the chart puts the analysis back there: for
every act listed in full (the best 20 of each charge, or every act with `--all-chains`), every
element of the charge, and every evidence item behind the element's facts, how the item bears
on it (supports it at the standard, below it, or contradicts it) and the facts it bears on.
An element with no evidence has one row with the evidence columns empty, so that what is
missing is in the chart too. Cells are case text: a formula-looking cell (`=`, `+`, `-`, `@`)
is written as text, never as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from rome_elements.base.text import visible
from rome_elements.engine.report import RELATIONS, Report, evidence_relations

COLUMNS = (
    "charge",
    "accused",
    "crime",
    "mode",
    "act",
    "act_result",
    "part",
    "element",
    "kind",
    "status",
    "evidence",
    "relation",
    "grade",
    "evidence_kind",
    "source",
    "facts",
    "element_facts",
    "needs",
)
RELATION_WORDS = {"support": "supports", "below": "below the standard", "contra": "contradicts"}


def rows(report: Report) -> Iterator[list[str]]:
    """The chart's rows (without the header), as text."""
    facts = {f.id: f for f in report.facts}
    evidence = {e.id: e for e in report.evidence}
    order = {e.id: i for i, e in enumerate(report.evidence)}  # as the report lists them
    for charge in report.charges:
        for act in charge.best.acts:
            for el in act.elements:
                head = [
                    str(charge.index + 1),
                    charge.accused,
                    charge.article,
                    charge.charged_mode,
                    act.act or "",
                    act.result,
                    el.part,
                    el.id,
                    el.kind,
                    el.status,
                ]
                tail = [", ".join(el.facts), "; ".join(el.needs)]
                bearing = evidence_relations(el, facts)
                if not bearing:
                    yield head + ["", "", "", "", "", ""] + tail
                for eid in sorted(bearing, key=lambda i: order.get(i, len(order))):
                    ev = evidence.get(eid)
                    for rel in RELATIONS:
                        on = bearing[eid].get(rel)
                        if not on:
                            continue
                        yield (
                            head
                            + [
                                eid,
                                RELATION_WORDS[rel],
                                ev.grade if ev else "",
                                ev.kind if ev else "",
                                ev.source if ev else "",
                                ", ".join(on),
                            ]
                            + tail
                        )


def _cell(text: str) -> str:
    """Case text made safe for a spreadsheet: visible, and never read as a formula."""
    text = visible(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(report: Report) -> str:
    return csv_text(COLUMNS, rows(report))


def csv_text(columns: Sequence[str], lines: Iterable[Sequence[str]]) -> str:
    """A header and rows as CSV, each cell made safe (`_cell`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in lines:
        writer.writerow([_cell(c) for c in row])
    return out.getvalue()


def write_xlsx(report: Report, path: Path, *, private: bool = False) -> None:
    """The chart as an Excel workbook at `path`; readable by its owner alone when `private`
    (it quotes confidential evidence)."""
    write_sheet(path, "evidence chart", COLUMNS, rows(report), private=private)


def write_sheet(
    path: Path,
    title: str,
    columns: Sequence[str],
    lines: Iterable[Sequence[str]],
    *,
    private: bool = False,
) -> None:
    """A workbook of one sheet at `path`: a bold header row, filters, the header frozen, each
    cell made safe (`_cell`); written to a temporary file and moved into place."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from rome_elements.base.fileio import write_atomic

    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in lines:
        sheet.append([_cell(c) for c in row])
        count += 1
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, (buffer.getvalue(),), mode=0o600 if private else 0o644)
