"""Scorecards (site contract, "Scorecards"): the pages, cards and downloads say what the CSV says.

Every number and level a reader, a journalist or a program gets is computed here from the
CSV the test writes, and compared with the built HTML, `scorecard.csv` and `scorecard.json`.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

from pagequery import find, parse, text

NOW = "2026-11-30 12:00"
TOOLKIT = "toolkits/oversight/index.md"
SCALE = ["Not in place", "Partial", "In place"]
CRITERIA = ["Independent oversight", "Open data", "Crisis response"]
YML = """title: Oversight Scorecard
description: Four cities on three policies. The scores are illustrative.
as_of: 2026-09-01
scale: [Not in place, Partial, In place]
criteria:
  - name: Independent oversight
    description: A civilian board with subpoena power reviews complaints.
  - name: Open data
    description: Stops and uses of force are published every quarter.
  - name: Crisis response
    description: Clinicians answer mental health calls around the clock.
"""
ROWS = [
    ("Harbor Point", "CA", "In place", "Partial", "In place", "Charter § 604, 2021", "", "Teams since 2023"),
    ("Bellhaven", "OH", "Partial", "In place", "Not in place", "Ordinance 88-2019", "Dashboard, 2023", ""),
    ("Glen Arbor", "MI", "Not in place", "Not in place", "Partial", "", "", "Weekdays only"),
    ("Kessler Falls", "PA", "In place", "In place", "Not in place", "Ordinance 2020-115", "", ""),
]
CSV_FILE = "toolkits/oversight/scorecard.csv"
YML_FILE = "toolkits/oversight/scorecard.yml"


def scorecard_csv(rows=ROWS, header=None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header or ["jurisdiction", "state", *CRITERIA, *(f"{c} note" for c in CRITERIA)])
    writer.writerows(rows)
    return out.getvalue()


def write_toolkit(site, csv_text: str | None = None, yml: str = YML, **fields) -> None:
    site.item(TOOLKIT, "The toolkit's text.", title="Oversight toolkit", date="2026-09-15",
              issues=["Police Reform", "Public Safety"], **fields)
    site.write(YML_FILE, yml)
    # As Excel writes "CSV UTF-8": a byte-order mark and Windows line ends.
    site.write(CSV_FILE, "\ufeff" + (csv_text if csv_text is not None else scorecard_csv()))


def html(result, path: str):
    return parse(result.page(path))


def test_the_table_cards_and_downloads_match_the_csv(site) -> None:
    write_toolkit(site)
    result = site.build(strict=True, now=NOW)
    assert not result.failed, result.warnings

    page = html(result, "toolkits/oversight/scorecard/")
    table = find(page, "table.nr-scorecard__table")[0]
    assert [text(th) for th in find(table, "thead th")] == ["Jurisdiction", *CRITERIA, "Points of 6"]
    # Every row: the jurisdiction, its levels in words, its points; by name without JavaScript.
    shown = [[text(cell) for cell in row] for row in find(table, "tbody tr")]
    assert shown == [[f"{r[0]}, {r[1]}", *r[2:5], str(sum(SCALE.index(level) for level in r[2:5]))]
                     for r in sorted(ROWS)]
    assert {th.get("scope") for th in find(table, "tbody th")} == {"row"}
    assert {th.get("scope") for th in find(table, "thead th")} == {"col"}

    # The summary: how many reach each level per criterion, in the table the chart was drawn from.
    data = find(page, "details.nr-chart__data table")[0]
    assert [text(th) for th in find(data, "thead th")] == ["Criterion", *reversed(SCALE)]
    for index, criterion in enumerate(CRITERIA):
        counts = Counter(row[2 + index] for row in ROWS)
        assert [text(cell) for cell in find(data, "tbody tr")[index]] == \
            [criterion, *(str(counts[level]) for level in reversed(SCALE))]
    svg = find(page, "figure.nr-chart svg")[0]
    assert svg.get("role") == "img" and "each level" in svg.get("aria-label")
    # Drawn at build time: nothing in it loads anything.
    assert not find(svg, "[href]") and not find(svg, "[src]") and not find(svg, "image")
    assert text(find(page, "figure.nr-chart figcaption")[0]) == (
        "Independent oversight is the criterion most often In place (2 of 4 jurisdictions); "
        "Crisis response the least often (1 of 4).")

    # One card per jurisdiction: its level and note for every criterion.
    for name, state, *cells in ROWS:
        card = html(result, f"toolkits/oversight/scorecard/{name.lower().replace(' ', '-')}-{state.lower()}/")
        ratings = find(card, "li.nr-rating")
        assert [text(find(r, ".nr-rating__criterion")[0]) for r in ratings] == CRITERIA
        assert [text(find(r, ".nr-level")[0]) for r in ratings] == cells[:3]
        assert [" ".join(text(n) for n in find(r, ".nr-rating__note")) for r in ratings] == \
            [f"Source: {note}" if note else "" for note in cells[3:]]

    # The downloads: the same data, for spreadsheets and for programs.
    folder = result.site_dir / "toolkits/oversight/scorecard"
    downloaded = list(csv.reader(io.StringIO((folder / "scorecard.csv").read_text(encoding="utf-8-sig"))))
    assert downloaded == [["jurisdiction", "state", *CRITERIA, *(f"{c} note" for c in CRITERIA)],
                          *[list(row) for row in ROWS]]
    data = json.loads((folder / "scorecard.json").read_text(encoding="utf-8"))
    assert data["scale"] == SCALE and [c["name"] for c in data["criteria"]] == CRITERIA
    assert data["as_of"] == "2026-09-01" and data["url"] == "https://example.org/toolkits/oversight/scorecard/"
    assert [(j["name"], j["state"], [j["ratings"][c]["level"] for c in CRITERIA]) for j in data["jurisdictions"]] == \
        [(r[0], r[1], list(r[2:5])) for r in ROWS]


def test_the_toolkit_links_its_scorecard_and_search_can_filter_it(site) -> None:
    write_toolkit(site)
    result = site.build(now=NOW)

    toolkit = html(result, "toolkits/oversight/")
    assert find(toolkit, ".nr-scorecard-callout a")[0].get("href").endswith("/toolkits/oversight/scorecard/")
    for listing in ("toolkits/", "issues/police-reform/"):
        link = find(html(result, listing), ".nr-card__scorecard a")[0]
        assert link.get("href").endswith("/toolkits/oversight/scorecard/") and "4 jurisdictions" in text(link)

    # Pagefind indexes the scorecard and each card, with issue area, jurisdiction and state as filters.
    card = html(result, "toolkits/oversight/scorecard/glen-arbor-mi/")
    filters = {(element.get("data-pagefind-filter"), text(element)) for element in find(card, "[data-pagefind-filter]")}
    assert {("issue", "Police Reform"), ("issue", "Public Safety"), ("jurisdiction", "Glen Arbor, MI"),
            ("state", "Michigan")} <= filters
    assert find(card, "[data-pagefind-body]")
    assert any(path.startswith("pagefind/") for path in result.files_mentioning("Glen Arbor, MI"))


def test_two_builds_give_the_same_bytes(site) -> None:
    write_toolkit(site)
    folder = "toolkits/oversight/scorecard"
    first = {p.relative_to(site.root): p.read_bytes() for p in (site.build(now=NOW).site_dir / folder).rglob("*.*")}
    second = {p.relative_to(site.root): p.read_bytes() for p in (site.build(now=NOW).site_dir / folder).rglob("*.*")}
    assert first == second and len(first) == 2 + 1 + len(ROWS)


@pytest.mark.parametrize("fields", [{"draft": True}, {"embargo": "2026-12-24 09:00"}])
def test_an_unpublished_toolkits_scorecard_is_not_published(site, fields) -> None:
    write_toolkit(site, **fields)
    result = site.build(strict=True, now=NOW)
    assert not result.failed, result.warnings
    assert not (result.site_dir / "toolkits/oversight").exists()
    assert result.files_mentioning("Kessler Falls") == []
    assert result.files_mentioning("Oversight Scorecard") == []


# ---------------------------------------------------------------------------
# Bad scorecards: the same message from newsroom check and the strict build; the non-strict
# build leaves out only the scorecard, with the warning.


def bad_row(column: int, value: str) -> list[tuple]:
    """ROWS with the cell of the second jurisdiction (spreadsheet row 3) in `column` (from 1) replaced."""
    rows = [list(row) for row in ROWS]
    rows[1][column - 1] = value
    return [tuple(row) for row in rows]


@pytest.mark.parametrize("csv_text, expected", [
    (scorecard_csv(bad_row(4, "Partal")),
     f"{CSV_FILE}:3:4: Open data: 'Partal' is not a level of the scale. Did you mean 'Partial'? "
     "Write one of 'Not in place', 'Partial', 'In place'"),
    (scorecard_csv(bad_row(3, "yes")),
     f"{CSV_FILE}:3:3: Independent oversight: 'yes' is not a level of the scale."),
    (scorecard_csv(bad_row(2, "Ohio State")),
     f"{CSV_FILE}:3:2: state: 'Ohio State' is not a US state: write its two-letter postal code, for example CA."),
    (scorecard_csv(bad_row(5, "")),
     f"{CSV_FILE}:3:5: Crisis response: is empty: the scorecard needs it, for example In place"),
    (scorecard_csv([*ROWS, ("Bellhaven", "oh", "Partial", "Partial", "Partial", "", "", "")]),
     f"{CSV_FILE}:6:1: jurisdiction: 'Bellhaven, OH' is already in row 3: keep one row per jurisdiction"),
    (scorecard_csv(header=["jurisdiction", "state", "Independant oversight", "Open data", "Crisis response"]),
     f"{CSV_FILE}:1:3: Independant oversight: is not a column of the scorecard. Did you mean "
     "'Independent oversight'?"),
    (scorecard_csv([row[:4] for row in ROWS], header=["jurisdiction", "state", *CRITERIA[:2]]),
     f"{CSV_FILE}:1: Crisis response: is missing: add a column named 'Crisis response' to row 1"),
    (scorecard_csv(header=["jurisdiction", "state", *CRITERIA, "Budget", "", ""]),
     f"{CSV_FILE}:1:6: Budget: is not a column of the scorecard: the columns are jurisdiction, state, "),
])
def test_each_kind_of_bad_csv_is_named_at_its_row_and_column(site, csv_text: str, expected: str) -> None:
    write_toolkit(site, csv_text)
    check = site.check(now=NOW)
    strict = site.build(strict=True, now=NOW)
    assert check.status == 1 and strict.failed
    assert any(line.startswith(expected) for line in check.lines), check.out
    assert any(warning.startswith(expected) for warning in strict.warnings), strict.warnings

    result = site.build(now=NOW)
    assert not result.failed
    assert any(w.startswith(expected) and w.endswith("(this scorecard is left out of the site until it is fixed)")
               for w in result.warnings), result.warnings
    assert result.exists("toolkits/oversight/") and not (result.site_dir / "toolkits/oversight/scorecard").exists()
    assert not find(html(result, "toolkits/oversight/"), ".nr-scorecard-callout")


@pytest.mark.parametrize("yml, expected", [
    (YML.replace("scale: [Not in place, Partial, In place]", "scale: [Done]"),
     f"{YML_FILE}:4: scale: has 1 level: a scale has 2 to 5 levels, lowest first"),
    (YML.replace("    description: Stops and uses of force are published every quarter.\n", ""),
     f"{YML_FILE}:8: description of criterion 2 (Open data): is missing: a criterion needs it"),
    (YML.replace("as_of: 2026-09-01", "as_of: 1 September 2026"),
     f"{YML_FILE}:3: as_of: '1 September 2026' is not a date in the form the site reads"),
    (YML.replace("title: Oversight Scorecard", "titel: Oversight Scorecard"),
     f"{YML_FILE}:1: titel: is not a field the site knows. Did you mean 'title'?"),
])
def test_each_kind_of_bad_yml_is_named_at_its_line(site, yml: str, expected: str) -> None:
    write_toolkit(site, yml=yml)
    check = site.check(now=NOW)
    strict = site.build(strict=True, now=NOW)
    assert check.status == 1 and strict.failed
    assert any(line.startswith(expected) for line in check.lines), check.out
    assert any(warning.startswith(expected) for warning in strict.warnings), strict.warnings


def test_a_scorecard_without_its_other_file_or_toolkit_is_named(site) -> None:
    site.write("toolkits/lost/scorecard.yml", YML)
    check = site.check(now=NOW)
    assert check.status == 1
    assert "toolkits/lost/scorecard.yml:1: file: belongs to no toolkit" in check.out
    write_toolkit(site)
    (site.root / CSV_FILE).unlink()
    assert f"{YML_FILE}:1: file: has no scorecard.csv beside it" in site.check(now=NOW).out
    assert site.check(str(site.root / YML_FILE), now=NOW).status == 1


def test_newsroom_check_accepts_the_scorecard_files_as_paths(site) -> None:
    write_toolkit(site)
    run = site.check(str(site.root / CSV_FILE), str(site.root / YML_FILE), now=NOW)
    assert run.status == 0, run.out
