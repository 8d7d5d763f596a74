"""Feed content and search excerpts are the article, not the page: no heading permalinks, no footnote
back-links, no release header or boilerplate; images keep their text alternatives."""

from __future__ import annotations

import gzip
import json

import lxml.html
import pytest

from readers import valid_atom, valid_json_feed, valid_rss

BODY = """\
Tenants in three cities now have a lawyer in eviction court.[^1]

![Tenants outside Newark City Hall holding signs](/images/rally.png)

## What changed

Eviction filings fell by a third.

[^1]: Court records, 2025.
"""


@pytest.fixture
def built(site):
    site.write("docs/images/rally.png", b"\x89PNG\r\n\x1a\n")
    site.write("data/media.yml", "contacts:\n  - name: Alex Moreno\n    email: press@example.org\n"
                                 "boilerplate: The Fixture Network unites local officials.\n")
    site.item("posts/2026/2026-02-01-counsel.md", title="Counsel works", date="2026-02-01",
              issues=["Affordable Housing"], body=BODY)
    site.item("press/2026/2026-02-02-release.md", title="A release", date="2026-02-02",
              issues=["Affordable Housing"], dateline="NEWARK, NJ", body=BODY)
    result = site.build(strict=True, now="2026-03-10")
    assert not result.failed, result.warnings
    return result


def contents(result) -> list[lxml.html.HtmlElement]:
    """The content of every entry of the site's three feeds, parsed."""
    rss = [e.content[0].value if "content" in e else e.description for e in valid_rss(result.site_dir / "feed.xml").entries]
    atom = [e.content[0].value for e in valid_atom(result.site_dir / "atom.xml").entries]
    feed = [item["content_html"] for item in valid_json_feed(result.site_dir / "feed.json")["items"]]
    assert len(rss) == len(atom) == len(feed) == 2
    return [lxml.html.fromstring(html) for html in rss + atom + feed]


def test_feed_content_has_no_page_chrome(built) -> None:
    for content in contents(built):
        text = content.text_content()
        assert "¶" not in text and "↩" not in text
        assert not content.find_class("headerlink") and not content.find_class("footnote-backref")
        assert "What changed" in text and "Court records, 2025." in text
        assert "FOR IMMEDIATE RELEASE" not in text and "unites local officials" not in text


def test_feed_images_keep_their_text_alternative_and_absolute_address(built) -> None:
    for content in contents(built):
        image, = content.iter("img")
        assert image.get("alt") == "Tenants outside Newark City Hall holding signs"
        assert image.get("src") == "https://example.org/images/rally.png"


def test_search_excerpts_have_no_page_chrome(built) -> None:
    fragments = [json.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):])
                 for path in (built.site_dir / "pagefind" / "fragment").glob("*.pf_fragment")]

    indexed = {fragment["meta"]["title"]: fragment["content"] for fragment in fragments}
    assert set(indexed) == {"Counsel works", "A release"}
    for content in indexed.values():
        assert "¶" not in content and "↩" not in content
        assert "What changed" in content and "Eviction filings fell by a third." in content
        assert "FOR IMMEDIATE RELEASE" not in content and "unites local officials" not in content
