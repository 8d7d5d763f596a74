"""The network's record (site contract): `/actions/`, its filtered pages, the issue pages and the feeds
say what `data/actions.csv` says.

Every total, count and list is computed here from the CSV the test writes and compared with the
built HTML and with the feeds as a feed reader parses them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections import Counter
from datetime import date, timedelta
from urllib.parse import urljoin

import feedparser
import pytest

from newsroom.actions_pages import PAGE_SIZE
from pagequery import find, parse, text

NOW = "2026-11-30 12:00"
FILE = "data/actions.csv"
HEADER = ["date", "jurisdiction", "state", "issue", "action", "link"]
AREAS = ["Police Reform", "Climate", "Affordable Housing", "Democracy"]
PLACES = [("Harbor Point", "CA"), ("Bellhaven", "OH"), ("Marlow County", "MN"), ("Port Alder", "WA"),
          ("Eastfield", "MA"), ("Delmar Valley", "CA"), ("Glen Arbor", "MI")]
STATES = {"CA": "California", "OH": "Ohio", "MN": "Minnesota", "WA": "Washington", "MA": "Massachusetts",
          "MI": "Michigan"}


def make_rows(count: int) -> list[list[str]]:
    """`count` actions over several years, places and areas; some share a day (their order is the file's)."""
    rows = []
    for n in range(count):
        day = date(2023, 1, 5) + timedelta(days=(n * 37) % 1300)
        place, state = PLACES[(n * 3) % len(PLACES)]
        link = f"https://news.example.org/{n}" if n % 4 == 0 else ""
        rows.append([day.isoformat(), place, state, AREAS[n % len(AREAS)], f"Council adopted measure number {n}", link])
    return rows


def to_csv(rows, header=HEADER) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([header, *rows])
    return out.getvalue()


def newest_first(rows):
    """Newest first; actions of one day in the file's order."""
    return [row for _, _, row in sorted((-date.fromisoformat(r[0]).toordinal(), i, r) for i, r in enumerate(rows))]


def page(result, path):
    return parse(result.page(path))


def listed(result, first_path: str) -> list[str]:
    """The action texts of every page of a list, in order, following its "Older" links."""
    texts, path = [], first_path
    while path:
        doc = page(result, path)
        texts += [(p.text or "").strip() for p in find(doc, ".nr-action__text")]
        older = find(doc, 'a[rel="next"]')
        path = urljoin(f"https://example.org/{path}", older[0].get("href")).removeprefix("https://example.org/") \
            if older else None
    return texts


def totals(rows) -> str:
    states = len({r[2] for r in rows})
    places = len({(r[1], r[2]) for r in rows})
    return f"{len(rows)} actions in {places} jurisdictions across {states} states."


def test_every_number_and_list_matches_the_csv(site) -> None:
    rows = make_rows(2 * PAGE_SIZE + 30)
    site.write(FILE, to_csv(rows))
    result = site.build(strict=True, now=NOW)
    assert not result.failed, result.warnings

    home = page(result, "actions/")
    assert text(find(home, ".nr-actions__totals")[0]) == totals(rows)
    # Every action, newest first, over pages of PAGE_SIZE.
    ordered = newest_first(rows)
    assert listed(result, "actions/") == [r[4] for r in ordered]
    assert result.exists("actions/page/3/") and not result.exists("actions/page/4/")
    first = find(home, ".nr-action")[0]
    assert find(first, "time")[0].get("datetime") == ordered[0][0]
    assert f"{ordered[0][1]}, {ordered[0][2]}" in text(first) and ordered[0][3] in text(first)

    # Counts by issue area: the chart's table, most first; by state: the map's table and its tiles.
    chart_rows = [[text(cell) for cell in row] for row in find(home, "details.nr-chart__data")[0].xpath(".//tbody/tr")]
    assert {name: int(n) for name, n in chart_rows if int(n)} == dict(Counter(r[3] for r in rows))
    assert [int(n) for _, n in chart_rows] == sorted((int(n) for _, n in chart_rows), reverse=True)
    map_rows = {text(row[0]): (int(text(row[1])), int(text(row[2])))
                for row in find(home, "details.nr-chart__data")[1].xpath(".//tbody/tr")}
    assert map_rows == {name: (sum(1 for r in rows if r[2] == code), len({r[1] for r in rows if r[2] == code}))
                        for code, name in STATES.items()}
    tiles = {link.get("aria-label") for link in find(home, "svg.nr-map__svg a")}
    assert tiles == {f"{name}: {count} actions" for name, (count, _) in map_rows.items()}

    # Filtered without JavaScript: each area's and each state's own pages.
    for area in AREAS:
        slug = area.lower().replace(" ", "-")
        mine = [r for r in ordered if r[3] == area]
        assert listed(result, f"actions/issues/{slug}/") == [r[4] for r in mine]
        assert text(find(page(result, f"actions/issues/{slug}/"), ".nr-actions__totals")[0]) == totals(mine)
    assert listed(result, "actions/states/mn/") == [r[4] for r in ordered if r[2] == "MN"]

    # The issue area's page: its count and its newest three.
    issue = page(result, "issues/climate/")
    climate = [r for r in ordered if r[3] == "Climate"]
    assert text(find(issue, ".nr-issue-actions .nr-actions__totals")[0]) == totals(climate)
    assert [(p.text or "").strip() for p in find(issue, ".nr-issue-actions .nr-action__text")] == \
        [r[4] for r in climate[:3]]
    assert find(issue, '.nr-issue-actions a[href$="/actions/issues/climate/"]')

    # Under 500 KB of HTML, whatever the size of the record.
    assert (result.site_dir / "actions/index.html").stat().st_size < 500_000


def test_the_feeds_carry_the_newest_actions_with_ids_that_survive_edits(site) -> None:
    rows = make_rows(80)
    site.write(FILE, to_csv(rows))
    result = site.build(strict=True, now=NOW)
    ordered = newest_first(rows)

    for name in ("feed.xml", "atom.xml"):
        feed = feedparser.parse((result.site_dir / "actions" / name).read_bytes())
        assert not feed.bozo, feed.bozo_exception
        assert [e.title for e in feed.entries] == [f"{r[1]}, {r[2]}: {r[4]}" for r in ordered[:50]]
        assert [e.tags[0].term for e in feed.entries] == [r[3] for r in ordered[:50]]
        assert [e.link for e in feed.entries] == [r[5] or f"https://example.org/actions/states/{r[2].lower()}/"
                                                  for r in ordered[:50]]
    data = json.loads((result.site_dir / "actions/feed.json").read_text(encoding="utf-8"))
    assert data["home_page_url"] == "https://example.org/actions/"
    assert [item["date_published"][:10] for item in data["items"]] == [r[0] for r in ordered[:50]]
    ids = [item["id"] for item in data["items"]]
    assert len(set(ids)) == 50

    # The page links its feeds for autodiscovery.
    links = find(page(result, "actions/"), 'link[rel="alternate"][href^="https://example.org/actions/"]')
    assert {link.get("type") for link in links} == {"application/rss+xml", "application/atom+xml",
                                                    "application/feed+json"}

    # The same record gives the same bytes; correcting the text of an action keeps its entry's id.
    before = {name: (result.site_dir / "actions" / name).read_bytes() for name in ("feed.xml", "atom.xml", "feed.json")}
    assert {name: (site.build(now=NOW).site_dir / "actions" / name).read_bytes() for name in before} == before
    site.write(FILE, to_csv([[*r[:4], r[4] + " (corrected)", r[5]] for r in rows]))
    again = json.loads((site.build(now=NOW).site_dir / "actions/feed.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in again["items"]] == ids


def test_a_spreadsheet_export_reads_as_meant(site) -> None:
    rows = make_rows(30)
    site.write(FILE, to_csv(rows))
    clean = site.build(strict=True, now=NOW).page("actions/")
    # A byte-order mark, spaces around values, another case, an empty row and an empty line at the end.
    messy = [[f" {cell} " for cell in r[:3]] + [r[3].upper(), *r[4:]] for r in rows]
    site.write(FILE, "\ufeff" + to_csv(messy) + ",,,,,\r\n\r\n")
    result = site.build(strict=True, now=NOW)
    assert not result.failed, result.warnings
    assert result.page("actions/") == clean


LEFT_OUT = "(this row is left out of /actions/ until it is fixed)"
GOOD = ["2024-01-01", "Bellhaven", "OH", "Democracy", "Opened early voting", ""]


@pytest.mark.parametrize("row, expected", [
    (["2025-02-30", "Harbor Point", "CA", "Climate", "Adopted a plan", ""],
     f"{FILE}:3:1: date: '2025-02-30' is not a real date on the calendar: check the day and the month"),
    (["3/14/2025", "Harbor Point", "CA", "Climate", "Adopted a plan", ""],
     f"{FILE}:3:1: date: '3/14/2025' is not a date in the form the site reads: write it as year-month-day, "
     "here 2025-03-14"),
    (["2027-01-05", "Harbor Point", "CA", "Climate", "Adopted a plan", ""],
     f"{FILE}:3:1: date: '2027-01-05' is after today: an action is recorded once it has happened"),
    (["2025-03-14", "Harbor Point", "CA", "Housing", "Adopted a plan", ""],
     f"{FILE}:3:4: issue: 'Housing' is not one of the site's issue areas. Did you mean 'Affordable Housing'?"),
    (["2025-03-14", "Harbor Point", "Calif", "Climate", "Adopted a plan", ""],
     f"{FILE}:3:3: state: 'Calif' is not a US state: write its two-letter postal code"),
    (["2025-03-14", "", "CA", "Climate", "Adopted a plan", ""],
     f"{FILE}:3:2: jurisdiction: is empty: an action needs it, for example Harbor Point"),
    (["2025-03-14", "Harbor Point", "CA", "Climate", "Adopted a plan", "www.example.org/plan"],
     f"{FILE}:3:6: link: 'www.example.org/plan' is not a full web address"),
    (["2025-03-14", "Harbor Point", "CA", "Climate", "Adopted a plan", "", "extra"],
     f"{FILE}:3:7: row: has a value ('extra') in column 7, which row 1 gives no name"),
    (GOOD, f"{FILE}:3:5: action: is the same action as row 2 (same day, place and text): keep only one"),
])
def test_each_kind_of_bad_row_is_named_and_only_that_row_left_out(site, row, expected: str) -> None:
    site.write(FILE, to_csv([GOOD, row]))
    check = site.check(now=NOW)
    strict = site.build(strict=True, now=NOW)
    assert check.status == 1 and strict.failed
    assert any(line.startswith(expected) for line in check.lines), check.out
    assert any(warning.startswith(expected) for warning in strict.warnings), strict.warnings

    result = site.build(now=NOW)
    assert any(w.startswith(expected) and w.endswith(LEFT_OUT) for w in result.warnings), result.warnings
    assert listed(result, "actions/") == ["Opened early voting"]


@pytest.mark.parametrize("header, expected", [
    (["date", "jurisdiction", "state", "isue", "action", "link"],
     f"{FILE}:1:4: isue: is not a column of an action. Did you mean 'issue'?"),
    (["date", "jurisdiction", "state", "action", "link"],
     f"{FILE}:1: issue: is missing: add a column named 'issue' to row 1"),
    (["date", "jurisdiction", "state", "issue", "action", "notes"],
     f"{FILE}:1:6: notes: is not a column of an action: the columns are date, jurisdiction, state, issue, action, link"),
])
def test_a_bad_header_is_named_once_and_no_action_published(site, header, expected: str) -> None:
    site.write(FILE, to_csv([r[:len(header)] for r in make_rows(5)], header))
    check = site.check(now=NOW)
    assert check.status == 1 and any(line.startswith(expected) for line in check.lines), check.out
    assert len([line for line in check.lines if line.startswith(expected)]) == 1  # once, not on every row
    assert site.build(strict=True, now=NOW).failed
    result = site.build(now=NOW)
    assert any(w.startswith(expected) and w.endswith("(no action is published until the header is fixed)")
               for w in result.warnings), result.warnings
    assert listed(result, "actions/") == []
    assert text(find(page(result, "actions/"), ".nr-actions__totals")[0]) == "0 actions in 0 jurisdictions across 0 states."


def test_without_an_actions_file_there_is_no_record(site) -> None:
    site.item("posts/a.md", issues=["Climate"])
    result = site.build(strict=True, now=NOW)
    assert not result.failed
    assert not (result.site_dir / "actions").exists()
    assert not find(page(result, "issues/climate/"), ".nr-issue-actions")


def test_the_preview_rebuilds_the_record_when_its_csv_changes_and_not_for_a_post(site) -> None:
    site.item("posts/a.md", title="A post", issues=["Climate"])
    site.write(FILE, to_csv(make_rows(12)))
    first = site.build(preview=True, dirty=True, now=NOW)
    record = first.site_dir / "actions/index.html"
    stamp = record.stat().st_mtime_ns

    time.sleep(0.05)  # file times must move on for MkDocs' dirty check
    site.item("posts/a.md", title="A post, edited", issues=["Climate"])
    os.utime(site.root / "posts/a.md")
    assert site.build(preview=True, dirty=True, now=NOW).exists("actions/") and record.stat().st_mtime_ns == stamp

    site.write(FILE, to_csv(make_rows(12) + [["2026-11-01", "Lakemont", "WI", "Climate", "Council adopted a heat plan", ""]]))
    again = site.build(preview=True, dirty=True, now=NOW)
    assert "Council adopted a heat plan" in again.page("actions/")
    assert "Council adopted a heat plan" in again.page("issues/climate/")
