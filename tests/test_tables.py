"""Spreadsheets exported as CSV: read as meant, every problem at once as `file:row:column: column: message`."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.problems import Problem
from newsroom.schema import Field, Schema
from newsroom.settings import Settings
from newsroom.tables import read_table

ACTION = Schema.of(
    "an action",
    Field("date", "day", True, "The day it was taken.", "2025-03-14"),
    Field("jurisdiction", "text", True, "The city or county.", "Riverside"),
    Field("state", "state", True, "The state's two-letter postal code.", "CA"),
    Field("issue", "area", True, "One issue area.", "Police Reform"),
    Field("level", "choice", True, "How far it went.", "Partial", choices=("Not in place", "Partial", "In place")),
    Field("link", "url", False, "Where to read about it.", "https://example.org/vote"),
)
HEADER = "date,jurisdiction,state,issue,level,link"


def read(tmp_path: Path, content: str | bytes):
    path = tmp_path / "actions.csv"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_table(path, "data/actions.csv", ACTION, context=Settings())


def lines(table) -> list[str]:
    return [str(problem) for problem in table.problems]


def test_a_problem_in_a_table_names_row_and_column_and_others_print_as_before() -> None:
    assert str(Problem("data/a.csv", 4, "state", "is empty", 3)) == "data/a.csv:4:3: state: is empty"
    assert str(Problem("posts/a.md", 2, "title", "is empty")) == "posts/a.md:2: title: is empty"
    # Cells of a row in their order left to right, whatever their column names.
    assert sorted([Problem("a.csv", 2, "a", "x", 5), Problem("a.csv", 2, "z", "x", 1)])[0].column == 1


def test_a_spreadsheet_export_reads_as_meant(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8": a byte-order mark, Windows line ends, spaces, other cases, trailing empty rows.
    table = read(tmp_path, "\ufeff Date , JURISDICTION,State,Issue,Level,link\r\n"
                           "2025-03-14 ,  San   Mateo ,ca,police reform, in  place ,\r\n"
                           "2024-11-02,Riverside,New York,Climate,Partial,https://example.org/a\r\n"
                           ",,,,,\r\n\r\n")
    assert table.problems == ()
    assert [row.values["jurisdiction"] for row in table.rows] == ["San Mateo", "Riverside"]
    first = table.rows[0].values
    assert (first["state"], first["issue"].name, first["level"], first["link"]) == ("CA", "Police Reform", "In place", None)
    assert table.rows[1].values["state"] == "NY"


def test_semicolons_and_quoted_commas_and_line_breaks(tmp_path: Path) -> None:
    table = read(tmp_path, 'date;jurisdiction;state;issue;level\n2025-01-02;"Ward 3; Oakland";CA;Climate;Partial\n')
    assert table.problems == () and table.rows[0].values["jurisdiction"] == "Ward 3; Oakland"
    table = read(tmp_path, f'{HEADER}\n2025-01-02,"Oakland,\nWard 3",CA,Climate,Partial,\n2025-01-03,X,CA,Climat,Partial,\n')
    assert table.rows[0].values["jurisdiction"] == "Oakland, Ward 3"
    # The quoted line break keeps spreadsheet rows: the bad row is row 3, not line 4.
    assert lines(table) == ["data/actions.csv:3:4: issue: 'Climat' is not one of the site's issue areas. "
                            "Did you mean 'Climate'?"]


def test_every_bad_cell_at_once_good_rows_kept(tmp_path: Path) -> None:
    table = read(tmp_path, f"{HEADER}\n"
                           "2025-03-14,Riverside,CA,Police Reform,Partal,\n"
                           "3/14/2025,,Californa,Housing,Partial,www.example.org\n"
                           "2025-02-30,Oakland,ZZ,Climate,Partial,,surplus\n"
                           "2025-01-01,Fresno,CA,Climate,Partial,\n")
    assert lines(table) == [
        "data/actions.csv:2:5: level: 'Partal' is not a level of the scale. Did you mean 'Partial'? "
        "Write one of 'Not in place', 'Partial', 'In place'",
        "data/actions.csv:3:1: date: '3/14/2025' is not a date in the form the site reads: write it as "
        "year-month-day, here 2025-03-14",
        "data/actions.csv:3:2: jurisdiction: is empty: an action needs it, for example Riverside",
        "data/actions.csv:3:3: state: 'Californa' is not a US state: write its two-letter postal code, "
        "for example CA. Did you mean 'California'?",
        "data/actions.csv:3:4: issue: 'Housing' is not one of the site's issue areas. "
        "Did you mean 'Affordable Housing'?",
        "data/actions.csv:3:6: link: 'www.example.org' is not a full web address: copy the address from the "
        "browser, starting with https://, for example https://example.org/vote",
        "data/actions.csv:4:1: date: '2025-02-30' is not a real date on the calendar: check the day and the month",
        "data/actions.csv:4:3: state: 'ZZ' is not a US state: write its two-letter postal code, for example CA.",
        "data/actions.csv:4:7: row: has a value ('surplus') in column 7, which row 1 gives no name: if a value "
        "holds a comma, put the whole value in double quotes; otherwise delete it",
    ]
    assert [row.values["jurisdiction"] for row in table.rows] == ["Fresno"]
    assert table.header_problems == ()


def test_header_problems_once_not_on_every_row(tmp_path: Path) -> None:
    table = read(tmp_path, "date,jurisdction,state,issue,notes,date\n2025-01-01,A,CA,Climate,x,2025-01-01\n")
    assert lines(table) == [
        "data/actions.csv:1: level: is missing: add a column named 'level' to row 1 (what it holds: how far it "
        "went, for example Partial)",
        "data/actions.csv:1:2: jurisdction: is not a column of an action. Did you mean 'jurisdiction'? "
        "Write the name exactly as it is here",
        "data/actions.csv:1:5: notes: is not a column of an action: the columns are "
        "date, jurisdiction, state, issue, level, link",
        "data/actions.csv:1:6: date: is a second column named 'date' (the first is column 1): keep only one",
    ]
    assert table.header_problems == table.problems


@pytest.mark.parametrize("content, expected", [
    (b"date,jurisdiction\n2025-01-01,M\xe9rida\n", "data/actions.csv:1: file: is not UTF-8 text"),
    ("", "data/actions.csv:1: file: has no header: row 1 must name the columns"),
    (f'{HEADER}\n2025-01-01,"Oakland,CA,Climate,Partial,\n', "data/actions.csv:2: row: a value opens with a double quote"),
    (f"{HEADER}\n2025-01-01,Oak\x0bland,CA,Climate,Partial,\n", "data/actions.csv:2:2: jurisdiction: holds an invisible character (U+000B"),
])
def test_files_that_cannot_be_read_are_one_clear_problem(tmp_path: Path, content, expected: str) -> None:
    table = read(tmp_path, content)
    assert lines(table)[0].startswith(expected), lines(table)
    assert table.rows == ()
