"""The launch scorecard and record as readers get them: numbers from the repository's own CSVs,
a table that sorts in the browser (and reads without JavaScript), pages that fit a phone.

Screenshots at 390 and 1280 px, light and dark, are written to `$SCREENSHOTS` (default: the
test's temporary folder) for a person to look at.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from datetime import date
from pathlib import Path

import feedparser
import pytest

from conftest import REPO, served
from pagequery import find, parse, text

SCORECARD = "toolkits/safety-and-accountability-scorecard/"
ACTIONS = REPO / "data/actions.csv"
TABLE = "table.nr-scorecard__table tbody"


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_the_launch_record_says_what_its_csv_says(project_site) -> None:
    rows = rows_of(ACTIONS)
    assert 100 <= len(rows) <= 200
    places = {(row["jurisdiction"], row["state"]) for row in rows}
    states = {row["state"] for row in rows}
    page = parse(project_site.page("actions/"))
    assert text(find(page, ".nr-actions__totals")[0]) == \
        f"{len(rows)} actions in {len(places)} jurisdictions across {len(states)} states."
    by_area = {text(row[0]): int(text(row[1]))
               for row in find(page, "details.nr-chart__data")[0].xpath(".//tbody/tr")}
    assert {name: n for name, n in by_area.items() if n} == dict(Counter(row["issue"] for row in rows))
    # Across the issue areas, years and states, as a real record would be.
    assert len(by_area) == 8 and all(by_area.values())
    assert len({row["date"][:4] for row in rows}) >= 3 and len(states) >= 30
    newest = max(row["date"] for row in rows)
    feed = feedparser.parse((project_site.site_dir / "actions/feed.xml").read_bytes())
    assert len(feed.entries) == 50 and feed.entries[0].published_parsed[:3] == date.fromisoformat(newest).timetuple()[:3]
    issue = parse(project_site.page("issues/police-reform/"))
    police = [row for row in rows if row["issue"] == "Police Reform"]
    assert text(find(issue, ".nr-issue-actions .nr-actions__totals")[0]).startswith(f"{len(police)} actions in ")


def test_the_launch_scorecard_says_what_its_csv_says(project_site) -> None:
    rows = rows_of(REPO / SCORECARD / "scorecard.csv")
    criteria = [name for name in rows[0] if name not in ("jurisdiction", "state") and not name.endswith(" note")]
    assert len(rows) == 12 and 6 <= len(criteria) <= 8
    assert all(row[f"{name} note"] for row in rows for name in criteria)  # every level has its sourced note
    table = find(parse(project_site.page(SCORECARD + "scorecard/")), "table.nr-scorecard__table")[0]
    shown = {text(row[0]): [text(cell) for cell in row[1:-1]] for row in find(table, "tbody tr")}
    assert shown == {f"{row['jurisdiction']}, {row['state']}": [row[name] for name in criteria] for row in rows}
    # Illustrative scores say so where they are shown.
    assert "illustrative" in text(find(parse(project_site.page(SCORECARD + "scorecard/")), ".nr-item__header")[0])
    assert "illustrative" in text(parse(project_site.page(SCORECARD)))


@pytest.fixture(scope="module")
def base_url(project_site):
    with served(project_site.site_dir) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_table_sorts_by_any_column_with_mouse_or_keyboard(base_url, browser) -> None:
    page = browser.new_page()
    page.goto(base_url + SCORECARD + "scorecard/")
    heading = page.get_by_role("columnheader", name="Independent oversight")
    page.get_by_role("button", name="Independent oversight").click()
    assert heading.get_attribute("aria-sort") == "descending"
    order = ["Not in place", "Partial", "In place"]
    levels = [order.index(" ".join(level.split())) for level in page.locator(f"{TABLE} td:nth-child(2)").all_inner_texts()]
    assert levels == sorted(levels, reverse=True) and len(levels) == 12
    assert page.get_by_role("status").inner_text() == "Sorted by Independent oversight, highest first."
    # The keyboard: the same button, reversed.
    page.get_by_role("button", name="Independent oversight").focus()
    page.keyboard.press("Enter")
    assert heading.get_attribute("aria-sort") == "ascending"
    page.get_by_role("button", name="Points").click()
    points = [int(value) for value in page.locator(f"{TABLE} td:last-child").all_inner_texts()]
    assert points == sorted(points, reverse=True)
    page.close()


def test_search_finds_a_jurisdiction_by_its_filters(base_url, browser) -> None:
    page = browser.new_page()
    page.goto(base_url + "search/?jurisdiction=Harbor+Point%2C+CA")
    page.wait_for_selector(".nr-result")
    assert page.locator(".nr-result a").first.get_attribute("href").endswith("/scorecard/harbor-point-ca/")
    assert page.get_by_role("checkbox", name="California (1)").count() == 1
    page.close()


def test_without_javascript_the_table_reads_as_built(project_site, base_url, browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + SCORECARD + "scorecard/")
    assert page.locator("table.nr-scorecard__table th button").count() == 0
    assert not page.locator(".nr-sortable-hint").is_visible()
    names = page.locator(f"{TABLE} th").all_inner_texts()
    assert names == sorted(names) and len(names) == 12
    # Filtering the record is links, not script: a state's page is one click away.
    page.goto(base_url + "actions/")
    page.get_by_role("link", name="California: ", exact=False).first.click()
    assert page.url.endswith("/actions/states/ca/")
    context.close()


@pytest.mark.parametrize("path", [SCORECARD + "scorecard/", SCORECARD + "scorecard/harbor-point-ca/", "actions/",
                                  "actions/states/ca/", "issues/police-reform/", SCORECARD])
@pytest.mark.parametrize("width", [390, 1280])
def test_pages_fit_the_screen_and_are_photographed(base_url, browser, shots, path: str, width: int) -> None:
    for scheme in ("light", "dark"):
        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        # Nothing but the wide table's own box scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        name = f"{scheme}-{path.strip('/').replace('/', '_')}-{width}.png"
        page.screenshot(path=str(shots / name), full_page=True)
        page.close()
