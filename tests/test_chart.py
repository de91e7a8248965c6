"""The evidence chart (csv, xlsx): a row per charge × act × element × evidence item, the same
rows in both formats, and case text that can never run as a spreadsheet formula."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest
from golden import ROOT

from rome_elements.cli.chart import COLUMNS, render_csv, rows, write_xlsx
from rome_elements.engine.check import check, vocabulary
from rome_elements.engine.report import Report
from rome_elements.facts import load_case
from rome_elements.rules.load import load_library

DEMO = ROOT / "examples" / "belarus_children.yaml"


@pytest.fixture(scope="module")
def report() -> Report:
    lib = load_library()
    return check(lib, load_case(DEMO, vocabulary(lib))).report


def test_every_element_of_every_listed_act_has_a_row(report: Report) -> None:
    table = list(rows(report))
    keys = {(r[0], r[4], r[6], r[7]) for r in table}
    expected = {
        (str(c.index + 1), a.act or "", e.part, e.id)
        for c in report.charges
        for a in c.best.acts
        for e in a.elements
    }
    assert keys == expected
    # a supported element lists the evidence behind it, one row per item and relation
    conduct = [r for r in table if r[0] == "1" and r[7] == "conduct"]
    assert {r[10] for r in conduct} == {"E1", "E4", "E7", "E8"}
    assert all(r[11] == "supports" for r in conduct)
    # a missing element has one row, with what it needs
    (protected,) = [r for r in table if r[0] == "1" and r[7] == "protected"]
    assert protected[9] == "missing" and protected[10] == "" and protected[17]


def test_csv_and_xlsx_hold_the_same_rows(report: Report, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    parsed = list(csv.reader(io.StringIO(render_csv(report))))
    assert parsed[0] == list(COLUMNS)
    path = tmp_path / "chart.xlsx"
    write_xlsx(report, path)
    sheet = openpyxl.load_workbook(path).active
    cells: list[Any] = [
        [c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert cells == parsed


def test_case_text_never_becomes_a_formula(report: Report) -> None:
    hostile = dataclasses.replace(
        report,
        evidence=tuple(
            dataclasses.replace(e, source='=HYPERLINK("http://x","click")') for e in report.evidence
        ),
    )
    parsed = list(csv.reader(io.StringIO(render_csv(hostile))))
    sources = {r[14] for r in parsed[1:] if r[14]}
    assert sources == {'\'=HYPERLINK("http://x","click")'}
