"""The local preview (`mkdocs serve --dirty`): an edit rebuilds what shows it, and skips the rest."""

from __future__ import annotations

import os
import time


def test_editing_a_post_updates_its_page_listings_and_feeds_but_not_the_rest(site) -> None:
    site.write("newsroom.yml", "page_size: 2\n")
    site.item("posts/edited.md", title="Before the edit", date="2024-05-09", issues=["Climate"], body="Old body.")
    site.item("posts/newer.md", title="Newer", date="2024-05-04", issues=["Democracy"])
    site.item("posts/old-1.md", title="Old one", date="2020-01-01", issues=["Democracy"])
    site.item("posts/old-2.md", title="Old two", date="2020-01-02", issues=["Democracy"])
    site.item("posts/draft.md", title="Draft in preview", date="2024-05-05", issues=["Climate"], draft=True)
    first = site.build(preview=True, dirty=True)
    assert "Draft in preview" in first.page("blog/2024/05/draft/")
    untouched = {path: (first.site_dir / path).stat().st_mtime_ns for path in (
        "blog/page/2/index.html", "issues/democracy/index.html", "blog/2024/05/newer/index.html")}

    time.sleep(0.05)  # file times must move on for MkDocs' dirty check
    site.item("posts/edited.md", title="After the edit", date="2024-05-09", issues=["Climate"], body="New body.")
    os.utime(site.root / "posts/edited.md")
    again = site.build(preview=True, dirty=True)

    assert "After the edit" in again.page("blog/2024/05/edited/")
    assert "New body." in again.page("blog/2024/05/edited/")
    for listing in ("blog/", "issues/climate/", ""):
        assert "After the edit" in again.page(listing) and "Before the edit" not in again.page(listing), listing
    feed = (again.site_dir / "blog/feed.xml").read_text()
    assert "After the edit" in feed and "New body." in feed and "Old one" in feed
    assert {path: (again.site_dir / path).stat().st_mtime_ns for path in untouched} == untouched
