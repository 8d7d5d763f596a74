"""Corrections and updates (`updates:` on any item): on the page, in the feeds and the sitemap, while the
item's id and publication date stay (site contract, "Press releases as journalists expect them")."""

from __future__ import annotations

import json
import re

import feedparser
import lxml.html
import pytest

from readers import valid_atom, valid_json_feed

RELEASE = "press/2026/2026-03-02-county-budget.md"
RELEASE_URL = "press/2026/03/county-budget/"
FIRST_UPDATE = [{"date": "2026-03-03 16:30", "note": "Adds the county executive's response."}]
TWO_UPDATES = FIRST_UPDATE + [
    {"date": "2026-03-04", "correction": True, "note": "An earlier version gave the budget as $40 million; it is $14 million."},
]


def write_release(site, updates=None, **fields) -> None:
    if updates is not None:
        fields["updates"] = updates
    site.item(RELEASE, title="County budget protects eviction defense", date="2026-03-02 10:00",
              issues=["Affordable Housing"], body="The county council today passed its budget.\n\n"
                                                  "## What it funds\n\nLawyers for tenants.", **fields)
    site.item("press/2026/2026-03-03-later-release.md", title="A later release", date="2026-03-03 09:00",
              issues=["Affordable Housing"])
    site.item("posts/2026/2026-02-01-older-post.md", title="An older post", date="2026-02-01",
              issues=["Affordable Housing"])


def update_texts(html: str) -> list[tuple[str, str]]:
    """Each update the page shows, as (class, text), in the page's order."""
    page = lxml.html.fromstring(html)
    return [(li.get("class"), " ".join(li.text_content().split())) for li in page.find_class("nr-update")]


def test_the_page_shows_updates_newest_first_and_marks_corrections(site) -> None:
    write_release(site, TWO_UPDATES)

    result = site.build(strict=True, now="2026-03-10")

    assert not result.failed, result.warnings
    assert update_texts(result.page(RELEASE_URL)) == [
        ("nr-update nr-update--correction",
         "Corrected March 4, 2026: An earlier version gave the budget as $40 million; it is $14 million."),
        ("nr-update", "Updated March 3, 2026: Adds the county executive's response."),
    ]
    # Above the text, below the headline.
    article = lxml.html.fromstring(result.page(RELEASE_URL)).find_class("nr-item")[0]
    order = [element.get("class") for element in article.iter() if element.get("class") in
             ("nr-item__header", "nr-updates", "nr-item__body")]
    assert order == ["nr-item__header", "nr-updates", "nr-item__body"]


def _entry(result, place: str, fmt: str, title: str = "County budget protects eviction defense"):
    path = result.site_dir / place / fmt
    if fmt == "feed.json":
        return next(item for item in valid_json_feed(path)["items"] if item["title"] == title)
    return next(entry for entry in valid_atom(path).entries if entry.title == title)


def _raw_atom_entry(result, place: str, entry_id: str) -> dict[str, bytes]:
    """The id, published and updated elements of one entry, as bytes in the file."""
    text = (result.site_dir / place / "atom.xml").read_bytes()
    entry = next(e for e in re.findall(rb"<entry>.*?</entry>", text, re.S) if entry_id.encode() in e)
    return {tag: re.search(rb"<%s>(.*?)</%s>" % (tag.encode(), tag.encode()), entry).group(1)
            for tag in ("id", "published", "updated")}


@pytest.mark.parametrize("place", ["", "press/", "issues/affordable-housing/"])
def test_an_update_changes_updated_and_date_modified_while_id_and_publication_date_stay(site, place) -> None:
    write_release(site)
    before = site.build(strict=True, now="2026-03-10")
    atom_before, json_before = _entry(before, place, "atom.xml"), _entry(before, place, "feed.json")
    raw_before = _raw_atom_entry(before, place, atom_before.id)
    sitemap_before = (before.site_dir / "sitemap.xml").read_text()

    write_release(site, FIRST_UPDATE)
    after = site.build(strict=True, now="2026-03-10")
    atom_after, json_after = _entry(after, place, "atom.xml"), _entry(after, place, "feed.json")
    raw_after = _raw_atom_entry(after, place, atom_after.id)

    assert raw_after["id"] == raw_before["id"] and raw_after["published"] == raw_before["published"]
    assert (raw_before["updated"], raw_after["updated"]) == (b"2026-03-02T10:00:00-05:00", b"2026-03-03T16:30:00-05:00")
    assert json_after["id"] == json_before["id"]
    assert json_after["date_published"] == json_before["date_published"] == "2026-03-02T10:00:00-05:00"
    assert "date_modified" not in json_before and json_after["date_modified"] == "2026-03-03T16:30:00-05:00"
    # The feed as a whole was modified when its entry was.
    feed = feedparser.parse((after.site_dir / place / "atom.xml").read_bytes()).feed
    assert feed.updated == "2026-03-03T16:30:00-05:00"
    # Listings and feeds stay ordered by date: the updated release does not jump above the later one.
    titles = [i["title"] for i in json.loads((after.site_dir / place / "feed.json").read_text())["items"]]
    assert titles.index("A later release") < titles.index("County budget protects eviction defense")
    if place == "press/":
        listing = lxml.html.fromstring(after.page("press/"))
        cards = [" ".join(h.text_content().split()) for h in listing.find_class("nr-card__title")]
        assert cards == ["A later release", "County budget protects eviction defense"]
    lastmod = re.compile(rf"<loc>https://example.org/{RELEASE_URL}</loc>\s*<lastmod>([^<]*)</lastmod>")
    assert lastmod.search(sitemap_before).group(1) == "2026-03-02"
    assert lastmod.search((after.site_dir / "sitemap.xml").read_text()).group(1) == "2026-03-03"


def test_the_sitemap_dates_an_item_by_its_newest_update(site) -> None:
    write_release(site, TWO_UPDATES)

    sitemap = site.build(strict=True, now="2026-03-10").site_dir.joinpath("sitemap.xml").read_text()

    lastmod = re.search(rf"<loc>https://example.org/{RELEASE_URL}</loc>\s*<lastmod>([^<]*)</lastmod>", sitemap)
    assert lastmod.group(1) == "2026-03-04"


def test_the_notes_open_the_entry_content_newest_first(site) -> None:
    write_release(site, TWO_UPDATES)

    result = site.build(strict=True, now="2026-03-10")

    for fmt, key in (("atom.xml", None), ("feed.json", "content_html")):
        entry = _entry(result, "press/", fmt)
        content = entry[key] if key else entry.content[0].value
        paragraphs = [" ".join(p.text_content().split()) for p in lxml.html.fromstring(content).iter("p")]
        assert paragraphs[:3] == [
            "Corrected March 4, 2026: An earlier version gave the budget as $40 million; it is $14 million.",
            "Updated March 3, 2026: Adds the county executive's response.",
            "The county council today passed its budget.",
        ]
    assert _entry(result, "press/", "atom.xml").updated == "2026-03-04T00:00:00-05:00"


def test_an_update_dated_later_than_the_clock_appears_at_its_time(site) -> None:
    write_release(site, [{"date": "2026-03-20 09:00", "note": "Adds the vote count."}])

    early = site.build(strict=True, now="2026-03-10")
    assert not early.failed and update_texts(early.page(RELEASE_URL)) == []
    assert "Adds the vote count" not in (early.site_dir / "press/feed.json").read_text()

    late = site.build(strict=True, now="2026-03-21")
    assert update_texts(late.page(RELEASE_URL)) == [("nr-update", "Updated March 20, 2026: Adds the vote count.")]


def test_an_update_on_a_post_or_toolkit_works_alike(site) -> None:
    site.item("toolkits/counsel.md", title="Counsel toolkit", date="2025-05-01", issues=["Affordable Housing"],
              updates=[{"date": "2026-01-15", "note": "Adds the 2025 eviction figures."}])

    result = site.build(strict=True, now="2026-03-10")

    assert update_texts(result.page("toolkits/counsel/")) == [
        ("nr-update", "Updated January 15, 2026: Adds the 2025 eviction figures.")]
    assert _entry(result, "toolkits/", "feed.json", "Counsel toolkit")["date_modified"] == "2026-01-15T00:00:00-05:00"


BAD_UPDATES = {
    "before the date": ([{"date": "2026-03-01", "note": "Typo in the year."}],
                        "date of update 1 (2026-03-01): '2026-03-01 00:00' is before the item's date "
                        "(2026-03-02 10:00): an update comes after publication."),
    "no note": ([{"date": "2026-03-05"}], "note of update 1 (2026-03-05): is missing: an update needs it"),
    "bad date": ([{"date": "2026-13-05", "note": "x"}], "date of update 1 (2026-13-05): '2026-13-05' is not a real date"),
    "not a list": ("Fixed a typo", "updates: must be a list, each entry starting with a line -"),
    "unknown field": ([{"date": "2026-03-05", "note": "x", "corection": True}],
                      "corection of update 1 (2026-03-05): is not a field of an update. Did you mean 'correction'?"),
}


@pytest.mark.parametrize("kind", list(BAD_UPDATES))
def test_a_bad_update_names_file_line_and_field_in_check_and_strict_build(site, kind, monkeypatch) -> None:
    from newsroom.cli import main

    updates, message = BAD_UPDATES[kind]
    write_release(site, updates)

    result = site.build(strict=True, now="2026-03-10")

    assert result.failed
    assert any(w.startswith(f"{RELEASE}:") and message in w for w in result.warnings), result.warnings
    monkeypatch.chdir(site.root)
    monkeypatch.setenv("NEWSROOM_NOW", "2026-03-10")
    assert main(["check"]) == 1
    lenient = site.build(strict=False, now="2026-03-10")
    assert not lenient.failed and lenient.exists("press/2026/03/later-release/")
