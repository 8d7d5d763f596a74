"""Spreadsheets exported as CSV, read against a `Schema` of columns, every problem at once.

Comms staff keep some data in a spreadsheet and export it as CSV (`data/actions.csv`, a
scorecard's `scorecard.csv`). What the export adds is read as meant: a byte-order mark,
Windows line ends, empty rows (at the end or between rows), spaces around a value or a column
name, a column name in another case, semicolons or tabs instead of commas. Each cell is then
read by the schema's own readers (`newsroom.schema.READERS`), handed over as a quoted scalar
node at its row and column, so a cell gets the same messages as a front-matter field.

Every problem is `file:row:column: column name: message` (row 1 is the header, columns count
from 1, as a spreadsheet shows them; site contract, "Scorecards"). A good row is kept, a bad
row is reported and left out, and a header at fault is reported once, not on every row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem, ProblemsFound, did_you_mean
from .schema import Record, Schema, read_fields
from .yamltext import Document, control_characters, read_text

_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Table:
    """A CSV file read against a schema: its good rows and every problem."""

    rel: str
    """The file, relative to the repository."""
    columns: dict[str, int]
    """Each field of the schema found in the header → its 1-based column."""
    rows: tuple[Record, ...]
    """The rows without a problem, in the file's order; `row.lines[name]` is the row's number."""
    problems: tuple[Problem, ...]
    """Every problem, header and rows, in the file's order."""
    header_problems: tuple[Problem, ...] = ()
    """The part of `problems` about the file or its header: the columns themselves are in doubt."""


def row_number(row: Record) -> int:
    """The spreadsheet row a record was read from (the header is row 1)."""
    return next(iter(row.lines.values()), 1)


def read_table(path: Path, rel: str, schema: Schema, *, context: Any = None) -> Table:
    """Read the CSV file at `path` (`rel` names it in problems) with one column per field of `schema`.

    A required field's column must be there and its cells filled; an optional field's column
    may be left out. `context` is what the readers need (the site's settings for issue areas).
    Never raises: a file that is not UTF-8 or cannot be split into cells is one problem.
    """
    try:
        text = read_text(path, rel)
    except ProblemsFound as found:
        return _unreadable(rel, found.problems)
    records, broken = _records(text)
    if broken:
        return _unreadable(rel, [Problem(rel, broken, "row", "a value opens with a double quote \" that is never "
                                                             "closed, so the rest of the file reads as one cell: "
                                                             "close the quote, or export the spreadsheet again as CSV")])
    header_row = records[0] if records else []
    if not any(cell.strip() for cell in header_row):
        return _unreadable(rel, [Problem(rel, 1, "file", "has no header: row 1 must name the columns, for example "
                                                         + ",".join(schema.fields))])
    columns, header_problems = _header(rel, header_row, schema)
    present = Schema(schema.what, {name: spec for name, spec in schema.fields.items() if name in columns},
                     schema.noun)
    document = Document(rel, None, ())
    rows: list[Record] = []
    problems = list(header_problems)
    # One look over the whole file first: cell by cell only when a forbidden character is somewhere.
    screen = bool(control_characters(text, rel))
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        record = _read_row(document, present, columns, number, cells, context, screen)
        record.problems += _stray_cells(rel, number, cells, header_row)
        if record.problems:
            problems += record.problems
        else:
            rows.append(record)
    return Table(rel, columns, tuple(rows), tuple(sorted(problems)), tuple(sorted(header_problems)))


def _unreadable(rel: str, problems: list[Problem] | tuple[Problem, ...]) -> Table:
    return Table(rel, {}, (), tuple(problems), tuple(problems))


def _records(text: str) -> tuple[list[list[str]], int]:
    """The file's rows of cells, one per spreadsheet row (a quoted cell may hold line breaks).

    The second value is the row that cannot be read (a quote never closed), or 0.
    """
    first = text.split("\n", 1)[0]
    # A spreadsheet set to a European locale exports with semicolons; a copy from a table, with tabs.
    delimiter = "," if "," in first else next((d for d in _DELIMITERS if d in first), ",")
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            records.append(cells)
    except csv.Error:
        return records, len(records) + 1
    return records, 0


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def _header(rel: str, cells: list[str], schema: Schema) -> tuple[dict[str, int], list[Problem]]:
    """Which column holds which field, and a problem for each unknown, repeated or missing column."""
    by_normal = {_normal(name): name for name in schema.fields}
    columns: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    problems: list[Problem] = []
    for column, cell in enumerate(cells, start=1):
        written = " ".join(cell.split())
        name = by_normal.get(_normal(cell))
        if not written:
            continue  # a column without a name: its cells are checked to be empty, row by row
        if name is None:
            unknown.append((column, written))
        elif name in columns:
            problems.append(Problem(rel, 1, written, f"is a second column named '{name}' (the first is column "
                                                     f"{columns[name]}): keep only one", column))
        else:
            columns[name] = column
    missing = [name for name, spec in schema.fields.items() if spec.required and name not in columns]
    for column, written in unknown:
        # A misspelt name of a missing column is one mistake: say so once, on the misspelt column.
        hint = did_you_mean(written, missing) or did_you_mean(written, [n for n in schema.fields if n not in columns])
        if hint:
            missing = [name for name in missing if f"'{name}'" not in hint]
            message = f"is not a column of {schema.what}.{hint} Write the name exactly as it is here"
        else:
            message = f"is not a column of {schema.what}: the columns are {', '.join(schema.fields)}"
        problems.append(Problem(rel, 1, written, message, column))
    for name in missing:
        spec = schema.fields[name]
        problems.append(Problem(rel, 1, name, f"is missing: add a column named '{name}' to row 1 (what it holds: "
                                              f"{spec.help[:1].lower()}{spec.help[1:].rstrip('.')}, for example "
                                              f"{spec.example})"))
    return columns, problems


def _read_row(document: Document, schema: Schema, columns: dict[str, int], number: int, cells: list[str],
              context: Any, screen: bool) -> Record:
    record = Record(document, None, schema, context=context)
    nodes: dict[str, yaml.Node | None] = {}
    for name, column in columns.items():
        cell = cells[column - 1] if column <= len(cells) else ""
        record.lines[name], record.columns[name] = number, column
        bad = control_characters(cell, document.rel, number, lambda _: name) if screen else []
        record.problems += [Problem(p.path, number, p.field, p.message, column) for p in bad]
        # An empty cell is an empty field; a filled one is text exactly as written, never YAML.
        nodes[name] = _cell_node(cell, number, column, document.rel) if cell.strip() and not bad else None
    if not record.problems:
        read_fields(record, nodes)
    return record


def _cell_node(text: str, row: int, column: int, rel: str) -> yaml.ScalarNode:
    mark = yaml.Mark(rel, 0, row - 1, column - 1, None, None)
    return yaml.ScalarNode("tag:yaml.org,2002:str", " ".join(text.split()), mark, mark, style='"')


def _stray_cells(rel: str, number: int, cells: list[str], header: list[str]) -> list[Problem]:
    """The first value in a column that row 1 does not name: usually a comma inside a value that is not quoted."""
    for column, cell in enumerate(cells, start=1):
        if cell.strip() and (column > len(header) or not header[column - 1].strip()):
            return [Problem(rel, number, "row", f"has a value ('{' '.join(cell.split())}') in column {column}, "
                                                "which row 1 gives no name: if a value holds a comma, put the "
                                                "whole value in double quotes; otherwise delete it", column)]
    return []
