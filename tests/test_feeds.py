"""RSS, Atom and JSON Feed for the site, each section and each issue area, read back as a subscriber would."""

from __future__ import annotations

import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"
TRICKY_TITLE = 'Rents & "wages" <up> in Peñasco’s plan'


@pytest.fixture
def built(site):
    site.item("posts/oldest.md", title="Oldest post", date="2023-01-10", issues=["Climate"])
    site.item("posts/2024-02-01-rent.md", title=TRICKY_TITLE, date="2024-02-01 09:30", issues=["Affordable Housing"],
              authors=["Council Member Ana Beltrán"], summary="Rent relief & wage floors.",
              body="Read [the ordinance](https://example.gov/ordinance) and [our release](../press/first.md).\n\n"
                   "![Chart](/images/chart.png)\n")
    site.write("docs/images/chart.png", b"\x89PNG\r\n\x1a\n")
    site.item("press/first.md", title="First release", date="2024-03-01T10:00:00-05:00",
              issues=["Affordable Housing", "Democracy"])
    site.item("press/second.md", title="Second release", date="2024-04-01", issues=["Democracy"])
    site.item("press/draft.md", title="Unpublished draft", date="2024-05-01", issues=["Democracy"], draft=True)
    site.item("press/embargoed.md", title="Embargoed release", date="2024-05-02", embargo="2030-01-01",
              issues=["Democracy"])
    site.item("toolkits/kit.md", title="A toolkit", date="2022-06-01", issues=["Democracy", "Climate"])
    result = site.build(strict=True, now="2026-01-01")
    assert not result.failed, result.warnings
    return result


PLACES = ["", "blog/", "press/", "toolkits/", "issues/democracy/", "issues/affordable-housing/", "issues/climate/",
          "issues/police-reform/"]


@pytest.mark.parametrize("place", PLACES)
def test_every_feed_reads_back_in_a_feed_reader(built, place: str) -> None:
    folder = built.site_dir / place
    rss = feedparser.parse((folder / "feed.xml").read_bytes())
    atom = feedparser.parse((folder / "atom.xml").read_bytes())
    assert not rss.bozo and rss.version == "rss20"
    # The channel's <link> is the page a reader would visit, not the feed.
    assert rss.feed.link == f"https://example.org/{place}"
    assert not atom.bozo and atom.version == "atom10"
    for entry in rss.entries + atom.entries:
        assert entry.published_parsed is not None
    for date in re.findall(rb"<pubDate>(.*?)</pubDate>", (folder / "feed.xml").read_bytes()):
        assert parsedate_to_datetime(date.decode()).tzinfo is not None
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["feed_url"] == f"https://example.org/{place}feed.json"
    for item in feed["items"]:
        assert item["id"] and item["url"].startswith("https://example.org/") and item["content_html"]
    assert [e.title for e in atom.entries] == [e.title for e in rss.entries] == [i["title"] for i in feed["items"]]


@pytest.mark.parametrize("place", PLACES)
def test_atom_validates_against_the_rfc_4287_schema(built, place: str) -> None:
    schema = etree.RelaxNG(etree.parse(str(SCHEMAS / "atom.rng")))
    document = etree.parse(str(built.site_dir / place / "atom.xml"))
    assert schema.validate(document), schema.error_log


def test_press_and_issue_feeds_hold_only_their_published_items_newest_first(built) -> None:
    press = feedparser.parse((built.site_dir / "press/atom.xml").read_bytes())
    democracy = json.loads((built.site_dir / "issues/democracy/feed.json").read_text())
    site = feedparser.parse((built.site_dir / "feed.xml").read_bytes())

    assert [e.title for e in press.entries] == ["Second release", "First release"]
    assert [i["title"] for i in democracy["items"]] == ["Second release", "First release", "A toolkit"]
    assert [e.title for e in site.entries] == ["Second release", "First release", TRICKY_TITLE, "Oldest post",
                                                "A toolkit"]
    assert json.loads((built.site_dir / "issues/police-reform/feed.json").read_text())["items"] == []


def test_entries_carry_link_date_summary_categories_and_authors(built) -> None:
    atom = feedparser.parse((built.site_dir / "issues/affordable-housing/atom.xml").read_bytes())
    rent = next(e for e in atom.entries if e.title == TRICKY_TITLE)

    assert rent.link == "https://example.org/blog/2024/02/rent/"
    assert rent.published == "2024-02-01T09:30:00-05:00"
    assert rent.summary == "Rent relief & wage floors."
    assert [t.term for t in rent.tags] == ["Affordable Housing"]
    assert rent.author == "Council Member Ana Beltrán"
    rss = feedparser.parse((built.site_dir / "blog/feed.xml").read_bytes())
    assert rss.entries[0].published == "Thu, 01 Feb 2024 09:30:00 -0500"


def test_titles_come_back_exactly_in_atom_and_json(built) -> None:
    atom = feedparser.parse((built.site_dir / "blog/atom.xml").read_bytes())
    feed = json.loads((built.site_dir / "blog/feed.json").read_text(encoding="utf-8"))
    assert atom.entries[0].title == TRICKY_TITLE
    assert feed["items"][0]["title"] == TRICKY_TITLE
    assert "<up>" not in (built.site_dir / "blog/atom.xml").read_text()


def test_full_content_has_absolute_links_and_images(built) -> None:
    feed = json.loads((built.site_dir / "blog/feed.json").read_text())
    content = feed["items"][0]["content_html"]
    assert 'href="https://example.gov/ordinance"' in content
    assert 'href="https://example.org/press/2024/03/first/"' in content
    assert 'src="https://example.org/images/chart.png"' in content
    assert not re.search(r'(href|src)="(?!https://|#)', content.replace('href="https://example.org/blog/2024/02/rent/#', ""))


def test_unpublished_items_are_in_no_feed(built) -> None:
    for feed_file in built.site_dir.rglob("*.xml"):
        text = feed_file.read_text()
        assert "Unpublished draft" not in text and "Embargoed release" not in text
    for feed_file in built.site_dir.rglob("feed.json"):
        text = feed_file.read_text()
        assert "Unpublished draft" not in text and "Embargoed release" not in text


def test_same_content_builds_byte_identical_feeds_and_ids_survive_edits(site) -> None:
    site.item("press/release.md", title="Before the edit", date="2024-03-01", body="First body.")
    site.item("posts/note.md", title="A note", date="2024-01-01")

    def snapshot() -> dict[str, bytes]:
        result = site.build(strict=True, now="2026-01-01")
        return {str(p.relative_to(result.site_dir)): p.read_bytes()
                for p in result.site_dir.rglob("*") if p.name in ("feed.xml", "atom.xml", "feed.json")}

    first = snapshot()
    assert snapshot() == first
    site.item("press/release.md", title="After the edit", date="2024-03-01", body="An edited body.",
              summary="Now with a summary.")
    edited = snapshot()
    before = feedparser.parse(first["press/atom.xml"]).entries[0]
    after = feedparser.parse(edited["press/atom.xml"]).entries[0]
    assert after.title == "After the edit"
    assert after.id == before.id
    assert json.loads(edited["press/feed.json"])["items"][0]["id"] == json.loads(first["press/feed.json"])["items"][0]["id"]


def test_feeds_keep_the_newest_n_entries(site) -> None:
    site.write("newsroom.yml", "feed_size: 2\n")
    for day in range(1, 5):
        site.item(f"posts/p{day}.md", title=f"Post {day}", date=f"2024-01-0{day}")
    result = site.build(strict=True)
    assert [e.title for e in feedparser.parse((result.site_dir / "blog/feed.xml").read_bytes()).entries] == \
        ["Post 4", "Post 3"]


def test_embargoed_item_enters_its_feeds_when_the_embargo_passes(site) -> None:
    site.item("press/embargoed.md", title="Embargoed release", date="2024-05-02", embargo="2026-03-01 09:00")
    assert "Embargoed release" not in (site.build(now="2026-03-01 08:59").site_dir / "press/feed.xml").read_text()
    assert "Embargoed release" in (site.build(now="2026-03-01 09:00").site_dir / "press/feed.xml").read_text()


def test_pages_link_their_feeds_for_autodiscovery(built) -> None:
    def alternates(html: str) -> list[tuple[str, str]]:
        return re.findall(r'<link rel="alternate" type="[^"]+" title="([^"]+)" href="([^"]+)">', html)

    item = alternates(built.page("press/2024/03/first/"))
    assert ("Press releases — RSS", "https://example.org/press/feed.xml") in item
    assert ("Affordable Housing — Atom", "https://example.org/issues/affordable-housing/atom.xml") in item
    assert ("Democracy — JSON Feed", "https://example.org/issues/democracy/feed.json") in item
    assert ("Fixture Network — RSS", "https://example.org/feed.xml") in item
    assert ("Climate — RSS", "https://example.org/issues/climate/feed.xml") in alternates(built.page("issues/climate/"))
    assert ("Fixture Network — Atom", "https://example.org/atom.xml") in alternates(built.page(""))


def test_missing_site_url_is_a_clear_error(site) -> None:
    site.config.pop("site_url")
    site.item("posts/a.md")
    result = site.build()
    assert result.failed
    assert any("site_url is missing from mkdocs.yml" in w for w in result.warnings), result.warnings
