"""Writes the import samples beside this file (deterministic: the same files every time).

- register.csv + mapping-csv.yaml: 210 removals of children, one per row, as an
  investigator's register might hold them (a CSV export of a spreadsheet);
- register.xlsx + mapping-xlsx.yaml: the same register as a workbook with two sheets, the
  witness statements (`Statements`) and the removals (`Removals`);
- uwazi-export.csv + mapping-uwazi.yaml: removals as an Uwazi collection exports them (its
  column titles: Title, Date added, and the template's properties).

They import into the demonstration case (../belarus_children.yaml): its group G1 and its
evidence E1–E10 are what the rows refer to.

    python examples/import/make_samples.py
    elements import examples/import/register.xlsx --mapping examples/import/mapping-xlsx.yaml \
        --into examples/belarus_children.yaml
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOWNS = ("Kherson", "Nova Kakhovka", "Melitopol", "Berdiansk", "Mariupol", "Enerhodar", "Tokmak")
CAMPS = ("Dubrava camp, Minsk region", "Zubrionok camp, Minsk region", "Volma camp, Minsk region")
ROWS = 210


def removals() -> list[dict[str, object]]:
    out = []
    for n in range(1, ROWS + 1):
        day = datetime.date(2022, 5, 1) + datetime.timedelta(days=(n * 3) % 500)
        out.append(
            {
                "Ref": f"R{n:03d}",
                "Group": "G1",
                "Children": 5 + (n * 7) % 30,
                "From": TOWNS[n % len(TOWNS)],
                "Territory": "Russian-occupied territory of Ukraine",
                "To": CAMPS[n % len(CAMPS)],
                "Across border": "yes",
                "Date": day,
                "Sources": f"S{1 + n % 12}; E1" if n % 5 else f"S{1 + n % 12}",
            }
        )
    return out


def statements() -> list[dict[str, object]]:
    return [
        {
            "ID": f"S{k}",
            "Kind": "testimony",
            "Witness": f"Witness W-{100 + k} (interviewed in Kyiv)",
            "Date": datetime.date(2024, 1, 1) + datetime.timedelta(days=k * 9),
            "Reliability": "B" if k % 3 else "C",
            "Credibility": 2 if k % 4 else 3,
            "Statement": f"Statement {k}: the children of the home were put on buses to Belarus.",
        }
        for k in range(1, 13)
    ]


def main() -> None:
    rows = removals()
    with (HERE / "register.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            number = int(str(row["Ref"])[1:])  # the CSV cites the demonstration case's evidence
            writer.writerow({**row, "Sources": f"E{1 + number % 10}; E{1 + (number + 3) % 10}"})
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Statements"
    people = statements()
    sheet.append(list(people[0]))
    for person in people:
        sheet.append(list(person.values()))
    removals_sheet = book.create_sheet("Removals")
    removals_sheet.append(list(rows[0]))
    for row in rows:
        removals_sheet.append(list(row.values()))
    for ws in book.worksheets:  # a fixed modification time: the same bytes every time
        ws.sheet_properties.tabColor = None
    book.properties.created = book.properties.modified = datetime.datetime(2026, 1, 1)
    book.save(HERE / "register.xlsx")
    with (HERE / "uwazi-export.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "Title",
                "Date added",
                "Template",
                "Date of removal",
                "Place of origin",
                "Destination",
                "Number of children",
                "Source documents",
            ]
        )
        for row in rows[:60]:
            writer.writerow(
                [
                    row["Ref"],
                    "2025-03-01",
                    "Removal",
                    row["Date"],
                    row["From"],
                    row["To"],
                    row["Children"],
                    "E1|E4",
                ]
            )


if __name__ == "__main__":
    main()
