"""`elements import`: registers (CSV, XLSX, Uwazi CSV) through a mapping file into case-file
items, checked as part of the case they go into, every problem at its sheet, row and column."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden import ROOT

from rome_elements.base.diagnostics import InputError, render
from rome_elements.engine.check import vocabulary
from rome_elements.facts.importer import cell_starts, import_table, to_yaml
from rome_elements.facts.incident import load_incident
from rome_elements.rules.load import load_library

SAMPLES = ROOT / "examples" / "import"
DEMO = ROOT / "examples" / "belarus_children.yaml"


@pytest.fixture(scope="module")
def vocab() -> Any:
    return vocabulary(load_library())


@pytest.mark.parametrize(
    "table, mapping, evidence, facts",
    [
        ("register.csv", "mapping-csv.yaml", 0, 210),
        ("register.xlsx", "mapping-xlsx.yaml", 12, 210),
        ("uwazi-export.csv", "mapping-uwazi.yaml", 0, 60),
    ],
)
def test_the_samples_import_into_the_demonstration_case(
    vocab: Any, tmp_path: Path, table: str, mapping: str, evidence: int, facts: int
) -> None:
    data, case = import_table(SAMPLES / table, SAMPLES / mapping, DEMO, vocab)
    assert (len(data["evidence"]), len(data["facts"])) == (evidence, facts)
    assert len(case.facts) == facts + len(yaml.safe_load(DEMO.read_text())["facts"])
    # what is written is an incident file that loads with the case as its context
    incident = tmp_path / "incident.yaml"
    incident.write_text(to_yaml(data, f"Imported from {table}"), encoding="utf-8")
    shutil.copytree(ROOT / "examples" / "sources", tmp_path / "sources")
    context = tmp_path / "context.yaml"
    context.write_text(DEMO.read_text(encoding="utf-8"), encoding="utf-8")
    merged = load_incident(incident, context, vocab)
    assert {f.id for f in merged.facts} == {f.id for f in case.facts}
    r001 = merged.facts_by_id["R001"]
    assert r001.type == "transfer" and r001.attributes["date"] == "2022-05-04"
    assert isinstance(r001.attributes["count"], int)


def test_a_bad_cell_is_reported_at_its_row_and_column(vocab: Any, tmp_path: Path) -> None:
    lines = (SAMPLES / "register.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",yes,", ",perhaps,")  # row 4: Across border
    lines[7] = lines[7].replace("G1", "G9")  # row 8: Group names no fact
    bad = tmp_path / "register.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_table(bad, SAMPLES / "mapping-csv.yaml", DEMO, vocab)
    shown = "\n".join(render(d) for d in caught.value.diagnostics)
    assert (
        f"{bad}:4:{cell_starts(lines[3])[6]}" in shown
        and "cell G4 (column 'Across border')" in shown
    )
    assert f"{bad}:8:" in shown and "cell B8 (column 'Group')" in shown and "G9" in shown


def test_a_workbook_names_the_sheet(vocab: Any, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(SAMPLES / "register.xlsx")
    book["Statements"]["F3"] = 9  # credibility 1-6
    path = tmp_path / "register.xlsx"
    book.save(path)
    with pytest.raises(InputError) as caught:
        import_table(path, SAMPLES / "mapping-xlsx.yaml", DEMO, vocab)
    (problem,) = caught.value.diagnostics
    assert problem.span is not None and problem.span.file == f"{path}[Statements]"
    assert problem.span.line == 3 and "cell Statements!F3 (column 'Credibility')" in problem.notes


def test_a_mapping_naming_a_missing_column_or_sheet_says_which(vocab: Any, tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.yaml"
    text = (SAMPLES / "mapping-xlsx.yaml").read_text(encoding="utf-8")
    mapping.write_text(text.replace("excerpt: Statement", "excerpt: Statment"), encoding="utf-8")
    with pytest.raises(InputError, match="column 'Statment'"):
        import_table(SAMPLES / "register.xlsx", mapping, DEMO, vocab)
    mapping.write_text(text.replace("sheet: Removals", "sheet: Removal"), encoding="utf-8")
    with pytest.raises(InputError, match="no sheet 'Removal'"):
        import_table(SAMPLES / "register.xlsx", mapping, DEMO, vocab)
    mapping.write_text("sheets:\n  - makes: witnesses\n    columns: {}\n", encoding="utf-8")
    with pytest.raises(InputError, match="`makes:` is `evidence` or `facts`"):
        import_table(SAMPLES / "register.xlsx", mapping, DEMO, vocab)


def test_cell_starts_follow_quotes() -> None:
    assert cell_starts('a,"b,c",d') == [1, 3, 9]
    assert cell_starts('"say ""hi"", then",x') == [1, 20]
