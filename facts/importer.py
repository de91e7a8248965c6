"""Evidence and facts from registers: a spreadsheet (CSV, XLSX) or an Uwazi CSV export, read
through a mapping file, checked against a case file, written out as case-file items.

    data, problems = import_table(Path("register.xlsx"), Path("mapping.yaml"), into, vocabulary)

The *mapping* (YAML) says which sheet makes which items and which column holds which key:

    sheets:
      - sheet: Evidence            # the sheet's name (a CSV file has one table: leave it out)
        makes: evidence
        columns: {id: ID, kind: Kind, source: Source, date: Date, reliability: Rel,
                  credibility: Cred, excerpt: Excerpt}
        defaults: {kind: testimony} # values for keys no column gives
      - sheet: Removals
        makes: facts
        type: transfer             # every row one type, or `type_column: Type`
        columns: {id: Ref, persons: Group, origin: From, destination: To, date: Date,
                  evidence: Sources}
        split: ";"                 # how list cells separate their items (default ",")

The rows become items of a case file and are checked *as part of* the case file they go into
(`into`: its accused, charges, evidence and facts are known to them), by the loader itself: so
every problem the loader finds is reported, located at the sheet, row and column of the cell
(``register.xlsx[Evidence]:12:5``, with the cell reference, e.g. ``E12``, and the column's
header in a note). Cells are typed by the library's vocabulary (a whole-number attribute
given as ``15`` text becomes 15; ``yes``/``no`` a boolean; a list attribute is split), and
anything that does not fit is left as written for the loader to report.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from rome_elements.base.diagnostics import Diagnostic, InputError, Span
from rome_elements.base.fileio import read_limited
from rome_elements.facts.document import MAX_FILE_BYTES, DataPath, Document, decode, read_bytes
from rome_elements.facts.incident import MergedDocument, merge
from rome_elements.facts.load import check_document, sort_diagnostics
from rome_elements.facts.model import Case
from rome_elements.facts.vocabulary import AttrSpec, Vocabulary
from rome_elements.facts.yamlload import parse_yaml_collect

MAX_ROWS = 1_000_000
MAKES = ("evidence", "facts")
_INT = re.compile(r"[+-]?\d{1,15}")
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


# ---- reading tables ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet: its header and its rows, each row with the number it has in the sheet."""

    name: str  # the sheet's name ("" for a CSV file)
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    lines: tuple[str, ...] | None = None  # a CSV file's lines (to place a cell in its line)
    delimiter: str = ","


def read_tables(path: Path) -> dict[str, Table]:
    """The tables of a CSV file (one, named "") or of an XLSX workbook (one per sheet)."""
    file = str(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() not in (".csv", ".tsv", ".txt"):
        raise InputError([Diagnostic("error", f"{file}: import reads .csv, .tsv and .xlsx files")])
    text = decode(read_bytes(path, file), file)
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.reader(io.StringIO(text, newline=""), dialect=dialect)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    header: tuple[str, ...] = ()
    try:
        for record in reader:
            if not header:
                header = tuple(cell.strip() for cell in record)
                continue
            if len(rows) >= MAX_ROWS:
                raise InputError([Diagnostic("error", f"{file}: more than {MAX_ROWS:,} rows")])
            rows.append((reader.line_num, tuple(record)))
    except csv.Error as err:
        raise InputError(
            [Diagnostic("error", f"not CSV: {err}", Span(file, reader.line_num, 1))]
        ) from None
    lines = tuple(text.splitlines())
    delimiter = "\t" if dialect == "excel-tab" else ","
    return {"": Table("", header, tuple(rows), lines, delimiter)}


def cell_starts(line: str, delimiter: str = ",") -> list[int]:
    """The 1-based column at which each cell of a one-line CSV record starts."""
    starts = [1]
    quoted = False
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == '"':
            if quoted and i + 1 < len(line) and line[i + 1] == '"':
                i += 1  # an escaped quote
            else:
                quoted = not quoted
        elif ch == delimiter and not quoted:
            starts.append(i + 2)
        i += 1
    return starts


def _read_xlsx(path: Path) -> dict[str, Table]:
    from openpyxl import load_workbook

    file = str(path)
    raw = read_limited(path, MAX_FILE_BYTES)
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise InputError(
            [Diagnostic("error", f"{file}: not an Excel workbook ({type(err).__name__})")]
        ) from None
    tables: dict[str, Table] = {}
    for sheet in book.worksheets:
        rows: list[tuple[int, tuple[Any, ...]]] = []
        header: tuple[str, ...] = ()
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if not header:
                header = tuple("" if v is None else str(v).strip() for v in values)
                continue
            if len(rows) >= MAX_ROWS:
                raise InputError([Diagnostic("error", f"{file}: more than {MAX_ROWS:,} rows")])
            rows.append((number, tuple(values)))
        tables[sheet.title] = Table(sheet.title, header, tuple(rows))
    book.close()
    return tables


# ---- the mapping -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetMap:
    sheet: str
    makes: str
    columns: Mapping[str, str]  # case-file key → column header
    defaults: Mapping[str, Any] = field(default_factory=dict)
    type: str | None = None
    type_column: str | None = None
    split: str = ","


def read_mapping(path: Path) -> list[SheetMap]:
    """The mapping file's sheets; `InputError`, located in the mapping file, if it is wrong."""
    file = str(path)
    doc, problems = parse_yaml_collect(decode(read_bytes(path, file), file), file)
    if problems:
        raise InputError(problems)
    data = doc.data
    out: list[SheetMap] = []
    errors: list[Diagnostic] = []

    def bad(where: DataPath, message: str) -> None:
        errors.append(Diagnostic("error", message, doc.nearest_span(where)))

    sheets = data.get("sheets") if isinstance(data, dict) else None
    if not isinstance(sheets, list) or not sheets:
        bad((), "a mapping is `sheets:`, a list of `{sheet, makes, columns}`")
        raise InputError(errors)
    for i, spec in enumerate(sheets):
        where: DataPath = ("sheets", i)
        if not isinstance(spec, dict):
            bad(where, "each sheet is a mapping `{sheet, makes, columns}`")
            continue
        unknown = sorted(
            set(spec) - {"sheet", "makes", "columns", "defaults", "type", "type_column", "split"}
        )
        for key in unknown:
            bad(where + (key,), f"unknown key `{key}` in a sheet's mapping")
        makes = spec.get("makes")
        if makes not in MAKES:
            bad(where + ("makes",), "`makes:` is `evidence` or `facts`")
        columns = spec.get("columns")
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            bad(where + ("columns",), "`columns:` maps case-file keys to column headers")
            continue
        defaults = spec.get("defaults", {})
        if not isinstance(defaults, dict):
            bad(where + ("defaults",), "`defaults:` maps case-file keys to values")
            continue
        if makes == "facts" and not (spec.get("type") or spec.get("type_column")):
            bad(where, "a sheet of facts names its `type:` (or the `type_column:` that holds it)")
        split = spec.get("split", ",")
        if not isinstance(split, str) or not split:
            bad(where + ("split",), "`split:` is the text that separates the items of a list cell")
            continue
        out.append(
            SheetMap(
                sheet=str(spec.get("sheet", "")),
                makes=str(makes),
                columns=columns,
                defaults=defaults,
                type=spec.get("type"),
                type_column=spec.get("type_column"),
                split=split,
            )
        )
    if errors:
        raise InputError(errors)
    return out


# ---- rows to items -----------------------------------------------------------------------------


@dataclass
class _Cells:
    """Where each imported item's values came from: (file[sheet], row, column, header)."""

    places: dict[tuple[str, int], tuple[str, int, dict[str, tuple[int, str, int]]]] = field(
        default_factory=dict
    )
    """(section, index) → (file[sheet], row, key → (span column, header, cell number))."""


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _typed(value: Any, attr: AttrSpec | None, key: str, split: str) -> Any:
    """A cell's value as the case file would hold it (left as written when it does not fit)."""
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    is_list = key in ("evidence", "contradicted_by", "inferred_from") or (
        attr is not None and attr.is_list
    )
    if is_list:
        if isinstance(value, str):
            return [item.strip() for item in value.split(split) if item.strip()]
        return [value]
    if not isinstance(value, str):
        return value
    text = value.strip()
    kind = attr.type if attr is not None else None
    if key == "credibility" or kind == "int":
        return int(text) if _INT.fullmatch(text) else text
    if kind == "bool" or key == "confidential":
        low = text.lower()
        return True if low in _TRUE else False if low in _FALSE else text
    return text


def _items(
    tables: Mapping[str, Table], mapping: Sequence[SheetMap], file: str, vocabulary: Vocabulary
) -> tuple[dict[str, list[dict[str, Any]]], _Cells, list[Diagnostic]]:
    data: dict[str, list[dict[str, Any]]] = {"evidence": [], "facts": []}
    cells = _Cells()
    problems: list[Diagnostic] = []
    for spec in mapping:
        table = tables.get(spec.sheet)
        if table is None:
            known = ", ".join(repr(n) for n in tables) or "none"
            problems.append(
                Diagnostic("error", f"{file} has no sheet {spec.sheet!r} (its sheets: {known})")
            )
            continue
        name = f"{file}[{table.name}]" if table.name else file
        columns = {h: i for i, h in enumerate(table.header) if h}
        wanted = dict(spec.columns)
        if spec.type_column:
            wanted["type"] = spec.type_column
        missing = [h for h in wanted.values() if h not in columns]
        for header in missing:
            problems.append(
                Diagnostic(
                    "error",
                    f"the mapping names the column {header!r}, which {name} does not have",
                    Span(name, 1, 1),
                    notes=("its columns: " + ", ".join(repr(h) for h in table.header),),
                    quote=False,
                )
            )
        if missing:
            continue
        for number, row in table.rows:
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
                continue
            item: dict[str, Any] = {}
            where: dict[str, tuple[int, str, int]] = {}
            ftype = spec.type
            if spec.type_column:
                cell = (
                    row[columns[spec.type_column]] if columns[spec.type_column] < len(row) else None
                )
                ftype = str(cell).strip() if cell is not None else None
            fspec = vocabulary.facts.get(ftype or "") if spec.makes == "facts" else None
            if spec.makes == "facts":
                item["type"] = ftype
                at = columns.get(spec.type_column or "", -1) + 1
                where["type"] = (at, spec.type_column or "", at)
            starts: list[int] | None = None
            if table.lines is not None and 0 < number <= len(table.lines):
                starts = cell_starts(table.lines[number - 1], table.delimiter)
                if len(starts) != len(row):  # a record over several lines: no columns
                    starts = None
            for key, header in spec.columns.items():
                index = columns[header]
                value = row[index] if index < len(row) else None
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue
                attr = fspec.attrs.get(key) if fspec is not None else None
                item[key] = _typed(value, attr, key, spec.split)
                where[key] = (starts[index] if starts else index + 1, header, index + 1)
            for key, value in spec.defaults.items():
                item.setdefault(key, value)
            section = data[spec.makes]
            cells.places[(spec.makes, len(section))] = (name, number, where)
            section.append(item)
    return data, cells, problems


class TableDocument(Document):
    """Imported items, each value located at its sheet, row and column."""

    def __init__(self, file: str, data: dict[str, Any], cells: _Cells) -> None:
        super().__init__(file, "", data)
        self.cells = cells

    def span(self, path: DataPath) -> Span | None:
        if len(path) < 2 or not isinstance(path[1], int):
            return None
        place = self.cells.places.get((str(path[0]), path[1]))
        if place is None:
            return None
        name, row, where = place
        cell = where.get(str(path[2])) if len(path) > 2 else None
        return Span(name, row, max(cell[0] if cell else 1, 1))

    def key_span(self, path: DataPath) -> Span | None:
        return self.span(path)

    def raw(self, path: DataPath) -> str | None:
        return None

    def quotable(self, span: Span | None) -> bool:
        return True  # a CSV line is quoted as written; a workbook's cells have no line

    def cell(self, span: Span) -> tuple[int, str] | None:
        """The cell number and column header at `span`."""
        for name, row, where in self.cells.places.values():
            if name == span.file and row == span.line:
                for column, header, number in where.values():
                    if column == span.column:
                        return number, header
        return None


def import_table(
    table_path: Path, mapping_path: Path, into: Path, vocabulary: Vocabulary
) -> tuple[dict[str, list[dict[str, Any]]], Case]:
    """The evidence items and facts of a register, and the case they make with `into`.
    Raises `InputError` with every problem, each at its cell (or in the mapping, or in
    `into`)."""
    mapping = read_mapping(mapping_path)
    file = str(table_path)
    data, cells, problems = _items(read_tables(table_path), mapping, file, vocabulary)
    if problems:
        raise InputError(problems)
    into_file = str(into)
    base, more = parse_yaml_collect(decode(read_bytes(into, into_file), into_file), into_file)
    if more:
        raise InputError(more)
    table_doc = TableDocument(file, dict(data), cells)
    merged = merge(base.data, dict(data))
    if merged is None:
        raise InputError([Diagnostic("error", f"{into_file} is not a case file to import into")])
    case, problems = check_document(MergedDocument(base, table_doc, merged), vocabulary)
    if problems or case is None:
        raise InputError(sort_diagnostics([_cell_note(table_doc, d) for d in problems]))
    return data, case


def _cell_note(doc: TableDocument, diag: Diagnostic) -> Diagnostic:
    """A problem in a table, with its cell reference and column header in a note."""
    span = diag.span
    if span is None or not span.file.startswith(doc.file):
        return diag
    found = doc.cell(span)
    if found is None:
        return diag
    number, header = found
    sheet = span.file[len(doc.file) :].strip("[]")
    cell = f"{sheet + '!' if sheet else ''}{_letter(number)}{span.line}"
    note = f"cell {cell}" + (f" (column {header!r})" if header else "")
    return replace(diag, notes=(note, *diag.notes))


def to_yaml(data: Mapping[str, Sequence[Mapping[str, Any]]], title: str) -> str:
    """The imported items as a case-file fragment (an incident file of a situation)."""
    out: dict[str, Any] = {"case": title}
    for key in ("evidence", "facts"):
        if data.get(key):
            out[key] = [dict(item) for item in data[key]]
    return yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100)
