"""What search engines and social networks read: description, canonical URL, OpenGraph, Twitter, JSON-LD, sitemap."""

from __future__ import annotations

import json
import re

import lxml.html
from lxml import etree


def head_of(html: str):
    return lxml.html.fromstring(html).find("head")


def meta(head, attribute: str, name: str) -> list[str]:
    return [el.get("content") for el in head.iter("meta") if el.get(attribute) == name]


def json_ld(head) -> dict:
    scripts = [el.text for el in head.iter("script") if el.get("type") == "application/ld+json"]
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_item_page_has_description_canonical_social_cards_and_news_article(site) -> None:
    site.write("docs/images/heat.png", b"\x89PNG\r\n\x1a\n")
    site.item("press/heat.md", title='Heat & "shade" <rules>', date="2024-07-02 10:00", issues=["Climate"],
              summary="Officials back a federal heat standard.", image="/images/heat.png", image_alt="A heat map",
              authors=["Council Member Ana Beltrán"])

    head = head_of(site.build(strict=True).page("press/2024/07/heat/"))

    url = "https://example.org/press/2024/07/heat/"
    assert meta(head, "name", "description") == ["Officials back a federal heat standard."]
    assert [el.get("href") for el in head.iter("link") if el.get("rel") == "canonical"] == [url]
    assert meta(head, "property", "og:title") == ['Heat & "shade" <rules>']
    assert meta(head, "property", "og:type") == ["article"]
    assert meta(head, "property", "og:url") == [url]
    assert meta(head, "property", "og:image") == ["https://example.org/images/heat.png"]
    assert meta(head, "property", "article:published_time") == ["2024-07-02T10:00:00-04:00"]
    assert meta(head, "name", "twitter:card") == ["summary_large_image"]
    assert meta(head, "name", "twitter:description") == ["Officials back a federal heat standard."]
    data = json_ld(head)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == 'Heat & "shade" <rules>'
    assert data["datePublished"] == "2024-07-02T10:00:00-04:00"
    assert data["author"] == [{"@type": "Person", "name": "Council Member Ana Beltrán"}]


def test_json_ld_cannot_break_out_of_its_script(site) -> None:
    site.item("posts/x.md", title="</script><script>alert(1)</script>", date="2024-01-01")
    html = site.build(strict=True).page("blog/2024/01/x/")
    assert "<script>alert(1)" not in html
    assert json_ld(head_of(html))["headline"] == "</script><script>alert(1)</script>"


def test_toolkit_is_a_report_and_home_is_the_organization(site) -> None:
    site.write("newsroom.yml", "social_image: /press-kit/logo.png\n")
    site.item("toolkits/kit.md", title="A toolkit", date="2024-01-01")
    result = site.build(strict=True)

    assert json_ld(head_of(result.page("toolkits/kit/")))["@type"] == "Report"
    home = head_of(result.page(""))
    organization = json_ld(home)
    assert organization["@type"] == "Organization" and organization["name"] == "Fixture Network"
    assert organization["logo"] == "https://example.org/press-kit/logo.png"
    assert meta(home, "property", "og:type") == ["website"]


def test_sitemap_dates_items_robots_points_to_it_and_404_helps(site) -> None:
    site.item("posts/a.md", date="2024-03-09 22:30")
    site.item("press/b.md", date="2025-01-02")
    result = site.build(strict=True)

    sitemap = etree.fromstring((result.site_dir / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    lastmod = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
               for u in sitemap.findall("s:url", ns)}
    assert lastmod["https://example.org/blog/2024/03/a/"] == "2024-03-09"
    assert lastmod["https://example.org/press/2025/01/b/"] == "2025-01-02"
    assert lastmod["https://example.org/press/"] == "2025-01-02"
    assert (result.site_dir / "robots.txt").read_text() == \
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
    not_found = (result.site_dir / "404.html").read_text()
    assert "Page not found" in not_found and 'href="https://example.org/issues/"' in not_found
    assert re.search(r'<form action="https://example.org/search/"', not_found)
    assert 'action="/search/"' in not_found  # the header's box, from any missing address
    assert '<link rel="alternate" type="application/rss+xml" title="Fixture Network — RSS" ' \
           'href="https://example.org/feed.xml">' in not_found


def test_same_content_gives_the_same_sitemap(site) -> None:
    site.item("posts/a.md")
    first = (site.build().site_dir / "sitemap.xml").read_bytes()
    assert (site.build().site_dir / "sitemap.xml").read_bytes() == first


def test_a_site_under_a_sub_path_keeps_every_link_inside_it(site) -> None:
    site.config["site_url"] = "https://example.org/network/"
    site.item("posts/a.md", title="Under a path")
    result = site.build(strict=True)

    head = head_of(result.page("blog/2024/05/a/"))
    assert [el.get("href") for el in head.iter("link") if el.get("rel") == "canonical"] == \
        ["https://example.org/network/blog/2024/05/a/"]
    assert "https://example.org/network/blog/feed.xml" in result.page("blog/2024/05/a/")
    assert 'action="/network/search/"' in (result.site_dir / "404.html").read_text()
    assert "<link>https://example.org/network/blog/2024/05/a/</link>" in (result.site_dir / "blog/feed.xml").read_text()
