"""The search index (`newsroom.search_index`): Pagefind over exactly the item pages, started as soon as they are written."""

from __future__ import annotations

import json
import logging
import re

import pytest

from newsroom.search_index import SearchIndexError, index_site

INDEXING_LINE = re.compile(r"search index: built in ([\d.]+)s, ([\d.]+)s of it after the pages")


def indexed_pages(site_dir) -> int:
    entry = json.loads((site_dir / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


class Lines(logging.Handler):
    """Every message the hooks log, INFO included (the fixture's log capture keeps warnings only)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def built(site):
    """Posts and press releases over three years, a toolkit with chapters, a page listing of partners."""
    for n in range(14):
        site.item(f"posts/post-{n}.md", title=f"Tenant organising note {n}", date=f"202{n % 3 + 3}-0{n % 9 + 1}-11",
                  partners=[f"Partner {n % 5}", "Renters United Network"], body=f"Note number {n} on tenant power.")
    site.item("press/release.md", title="Mayors back a heat standard", date="2025-06-02", issues=["Climate"])
    site.item("toolkits/right-to-counsel/index.md", title="Right to counsel", date="2024-02-01")
    site.write("toolkits/right-to-counsel/01-the-problem.md", "---\ntitle: The problem\n---\n\nEvictions rose.\n")
    site.write("toolkits/right-to-counsel/02-the-ordinance.md", "---\ntitle: The ordinance\n---\n\nCounsel.\n")
    site.item("posts/later.md", title="Not yet", date="2030-01-01", body="Embargoed by its date.")
    logger, handler = logging.getLogger("mkdocs.plugins.newsroom"), Lines()
    level, logger.level = logger.level, logging.INFO
    logger.addHandler(handler)
    try:
        result = site.build(strict=True, now="2026-01-01")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert not result.failed, result.warnings
    return result, [line for line in handler.messages if INDEXING_LINE.search(line)]


def test_the_index_holds_exactly_the_item_pages_and_chapters(built):
    result, _ = built
    items = [p for p in result.site_dir.rglob("index.html")
             if re.match(r"(blog|press)/\d{4}/\d{2}/[^/]+/index\.html$|toolkits/(?!page/)[^/]+/(?:[^/]+/)?index\.html$",
                         p.relative_to(result.site_dir).as_posix())]

    assert len(items) == 14 + 1 + 3
    assert indexed_pages(result.site_dir) == len(items)
    # Listings, partner and issue pages are many, and none of them is read.
    assert len(list((result.site_dir / "partners").rglob("index.html"))) >= 6


def test_the_build_logs_what_indexing_cost_it_after_the_pages(built):
    _, lines = built

    [line] = lines
    total, after = map(float, INDEXING_LINE.search(line).groups())
    # Pagefind started before the listing and partner pages were rendered, not after them.
    assert 0 <= after < total - 0.01


def test_a_site_with_nothing_published_still_gets_a_search_bundle(site):
    site.item("posts/later.md", title="Not yet", date="2030-01-01")

    result = site.build(strict=True, now="2026-01-01")

    assert not result.failed, result.warnings
    assert (result.site_dir / "pagefind" / "pagefind.js").is_file()


def test_pagefind_failing_is_an_error_that_says_what_it_said(tmp_path):
    with pytest.raises(SearchIndexError, match="Pagefind could not index .*"):
        index_site(tmp_path / "no-such-site")
