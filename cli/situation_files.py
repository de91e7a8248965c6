"""A situation's report as files for other programs: a sheet with one row per incident ×
charge (`--format csv`, `--format xlsx`) and a Word memo (`--format docx`).

The sheet is complete — every incident, every charge, its result, acts, persons, dates,
victims and failing elements — so that investigators can filter and sort it where they keep
their registers; cells are made safe as in the evidence chart (`cli.chart`). The memo has
what the Markdown report has: the summary per accused × charge and, per charge, the first
incidents where it fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rome_elements.base.text import visible
from rome_elements.cli.chart import csv_text, write_sheet
from rome_elements.cli.situation import MAX_LISTED, dates_text, failing_text
from rome_elements.engine.situation import SituationReport

COLUMNS = (
    "incident",
    "case",
    "standard",
    "accused",
    "accused_name",
    "crime",
    "crime_title",
    "mode",
    "result",
    "acts_made_out",
    "acts_total",
    "persons",
    "first_date",
    "last_date",
    "victims",
    "failing",
)


def rows(report: SituationReport) -> Iterator[list[str]]:
    """One row per incident × charge, incidents in the report's order."""
    for incident in report.incidents:
        for c in incident.charges:
            yield [
                incident.file,
                incident.title,
                incident.standard,
                c.accused,
                c.accused_name,
                c.article,
                c.crime_title,
                c.mode,
                c.result,
                str(len(c.acts_made_out)),
                str(c.acts_total),
                str(c.persons),
                c.dates[0] if c.dates else "",
                c.dates[-1] if c.dates else "",
                "; ".join(c.victims),
                "" if c.result == "made_out" else failing_text(c.failing),
            ]


def render_csv(report: SituationReport) -> str:
    return csv_text(COLUMNS, rows(report))


def write_xlsx(report: SituationReport, path: Path) -> None:
    write_sheet(path, "situation", COLUMNS, rows(report))


def render_docx(report: SituationReport) -> bytes:
    """The situation's memo as the bytes of a .docx file."""
    from rome_elements.cli.word import add_table, document_bytes, new_document

    def t(text: object) -> str:
        return visible(str(text), keep_whitespace=True)

    doc = new_document()
    doc.add_heading(t(f"Situation: {report.title}"), 0)
    invalid = sum(1 for i in report.incidents if i.problems)
    doc.add_paragraph(
        f"{len(report.incidents):,} incidents ({invalid:,} invalid); standard "
        f"{t(', '.join(report.standards) or '—')}."
    )
    made = sum(1 for c in report.charges if c.made_out)
    doc.add_paragraph().add_run(
        f"{made} of {len(report.charges)} charges made out in at least one incident."
    ).bold = True
    add_table(
        doc,
        ["Accused", "Crime", "Mode", "Incidents made out", "Acts made out", "Persons", "Dates"],
        [
            [
                t(c.accused_name),
                t(f"art. {c.article} {c.crime_title}"),
                t(c.mode),
                f"{len(c.made_out_in):,} of {len(c.incidents):,}",
                f"{c.acts_made_out:,} of {c.acts_total:,}",
                f"{c.persons:,}",
                t(dates_text(c)),
            ]
            for c in report.charges
        ],
    )
    for c in report.charges:
        if not c.failing:
            continue
        doc.add_heading(t(f"{c.accused_name} — art. {c.article}, {c.mode}: where it fails"), 1)
        add_table(
            doc,
            ["Incident", "Failing elements"],
            [[t(file), t(failing_text(elements))] for file, elements in c.failing[:MAX_LISTED]],
        )
        if len(c.failing) > MAX_LISTED:
            doc.add_paragraph(
                f"… and {len(c.failing) - MAX_LISTED:,} more incidents (every one is in the "
                "CSV, XLSX and JSON reports)."
            )
    return document_bytes(doc)
