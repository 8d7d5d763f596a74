"""Messy but meant: URLs percent-encoded once everywhere, and feed ids fixed by the URL.

Cases 12 (an image named with spaces) and 15 (a date corrected within its month) of
`tests/cases/messy/`, built for real and read back as a social network, a feed reader and a browser would.
"""

from __future__ import annotations

import json
from urllib.parse import unquote

import feedparser
import lxml.html
import pytest

from conftest import MESSY_NOW as NOW, accepted_alike, head_meta, refused_alike


# ---------------------------------------------------------------------------
# Case 12: a file name with spaces, in every URL made from it


def test_case_12_as_given_names_the_missing_image_alt_at_its_line(site) -> None:
    site.copy_case("messy/12-image-name-with-spaces")

    refused_alike(site, "posts/2026/2026-10-02-tenants-rally.md:5: image: has no image_alt")


@pytest.mark.parametrize("written", ["/images/Tenant Rally 2026.png", "/images/Tenant%20Rally%202026.png"])
def test_case_12_every_url_of_an_image_with_spaces_is_encoded_once(site, written: str) -> None:
    site.copy_case("messy/12-image-name-with-spaces")
    path = site.root / "posts/2026/2026-10-02-tenants-rally.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "image: /images/Tenant Rally 2026.png", f"image: {written}\nimage_alt: Tenants on the City Hall steps"),
        encoding="utf-8")
    encoded = "https://example.org/images/Tenant%20Rally%202026.png"

    _, result = accepted_alike(site)

    meta = head_meta(result.page("blog/2026/10/tenants-rally/"))
    assert meta["og:image"] == encoded
    assert meta["twitter:image"] == encoded
    assert meta["json-ld"]["image"] == [encoded]
    for listing in ("", "blog/", "issues/affordable-housing/"):
        # On the home page the only item is the lead story.
        document = lxml.html.fromstring(result.page(listing))
        [card] = document.find_class("nr-card__image") + document.find_class("nr-lead__image")
        assert card.get("src").endswith("/images/Tenant%20Rally%202026.png"), (listing, card.get("src"))
    entry = feedparser.parse(str(result.site_dir / "feed.xml")).entries[0]
    assert 'src="https://example.org/images/Tenant%20Rally%202026.png"' in entry.content[0].value
    html = "".join(result.readable_bytes(p).decode("utf-8", "replace") for p in result.all_files()
                   if p.suffix in (".html", ".xml", ".json"))
    assert "Tenant Rally 2026.png" not in html.replace("alt=", "")
    assert "%2520" not in html


def test_urls_in_feed_content_are_encoded_whatever_form_the_author_used(site) -> None:
    site.write("docs/files/Rent Report (final).pdf", b"%PDF-1.4\n")
    site.write("posts/2026/report.md", "---\ntitle: Report\ndate: 2026-10-01\nissues: [Climate]\n---\n\n"
                                       "Read [the report](</files/Rent Report (final).pdf>) and "
                                       "[the council's page](https://example.org/council/Rent Board?item=a b).\n")

    _, result = accepted_alike(site)

    content = json.loads((result.site_dir / "feed.json").read_text(encoding="utf-8"))["items"][0]["content_html"]
    hrefs = lxml.html.fromstring(content).xpath("//a/@href")
    assert [unquote(href) for href in hrefs] == ["https://example.org/files/Rent Report (final).pdf",
                                                 "https://example.org/council/Rent Board?item=a b"]
    assert all(" " not in href and "%25" not in href for href in hrefs), hrefs


# ---------------------------------------------------------------------------
# Case 15: the feed id of an item whose date is corrected


def feed_ids(result) -> dict[str, str]:
    """Entry id by link, from the site's RSS, Atom and JSON feeds (each must agree)."""
    rss = {e.link: e.id for e in feedparser.parse(str(result.site_dir / "feed.xml")).entries}
    atom = {e.link: e.id for e in feedparser.parse(str(result.site_dir / "atom.xml")).entries}
    feed = json.loads((result.site_dir / "feed.json").read_text(encoding="utf-8"))
    assert rss == atom == {item["url"]: item["id"] for item in feed["items"]}
    return rss


@pytest.mark.parametrize("corrected", ["2026-06-03 09:00", "2026-06-30 23:30", "2026-06-01T23:00:00-04:00"])
def test_case_15_a_date_fix_within_the_month_keeps_the_feed_id(site, corrected: str) -> None:
    site.copy_case("messy/15-feed-id-on-date-fix")
    path = site.root / "press/2026/2026-06-01-transit-workers-heat.md"
    before = feed_ids(accepted_alike(site)[1])
    first_bytes = (site.root / "site/feed.xml").read_bytes()
    assert feed_ids(site.build(strict=True, now=NOW)) == before
    assert (site.root / "site/feed.xml").read_bytes() == first_bytes

    path.write_text(path.read_text(encoding="utf-8").replace("2026-06-01 09:00", corrected)
                    .replace("Members Demand", "Members Call For"), encoding="utf-8")
    after = feed_ids(accepted_alike(site)[1])

    link = "https://example.org/press/2026/06/transit-workers-heat/"
    assert after == before == {link: "tag:example.org,2024-01-01:/press/2026/06/transit-workers-heat/"}


def test_a_toolkit_keeps_its_feed_id_when_its_date_moves_to_another_year(site) -> None:
    site.item("toolkits/counsel.md", date="2025-03-01")
    before = feed_ids(site.build(strict=True, now=NOW))
    site.item("toolkits/counsel.md", date="2026-02-01")

    assert feed_ids(site.build(strict=True, now=NOW)) == before


@pytest.mark.parametrize(("url", "encoded"), [
    ("/images/Tenant Rally 2026.png", "/images/Tenant%20Rally%202026.png"),
    ("/images/Tenant%20Rally%202026.png", "/images/Tenant%20Rally%202026.png"),
    ("/files/100% sure.pdf", "/files/100%25%20sure.pdf"),
    ("https://bücher.example/Ärger.png?a=b c#top 1", "https://xn--bcher-kva.example/%C3%84rger.png?a=b%20c#top%201"),
    ("https://example.org/a(b)/c;d=e", "https://example.org/a(b)/c;d=e"),
])
def test_encode_url_encodes_once(url: str, encoded: str) -> None:
    from newsroom.urls import encode_url

    assert encode_url(url) == encoded
    assert encode_url(encoded) == encoded


# ---------------------------------------------------------------------------
# In a browser: the picture named with spaces shows on the cards and the page, the summary reads as prose


def rally_picture(browser) -> bytes:
    """A 1200×630 PNG of our own: a placard on a blue sky, drawn by Chromium."""
    page = browser.new_page(viewport={"width": 1200, "height": 630})
    page.set_content(
        '<body style="margin:0;background:linear-gradient(#3f51b5,#7986cb);height:630px;display:flex;'
        'align-items:center;justify-content:center"><div style="background:#fff3e0;border:12px solid #ff5722;'
        'padding:40px 70px;font:bold 72px sans-serif;color:#bf360c;transform:rotate(-4deg)">RENT FREEZE NOW</div>'
        '</body>')
    picture = page.screenshot()
    page.close()
    return picture


def test_a_picture_named_with_spaces_shows_on_cards_and_page_at_phone_and_desktop_widths(
        site, browser, serve, tmp_path) -> None:
    site.write("docs/images/Tenant Rally 2026.png", rally_picture(browser))
    site.write("posts/2026/2026-10-02-tenants-rally.md",
               "---\ntitle: Tenants Rally at City Hall\ndate: 2026-10-02 12:00\nissues: [Affordable Housing]\n"
               "image: /images/Tenant Rally 2026.png\nimage_alt: Tenants holding a placard reading Rent Freeze Now\n"
               "---\n\nHundreds of tenants &amp; neighbours filled the steps of City Hall[^1] to demand a "
               "\\*real\\* rent freeze.\n\n![A placard reading Rent Freeze Now](</images/Tenant Rally 2026.png>)\n\n"
               "[^1]: On the first cold Monday of October.\n")
    result = site.build(strict=True, now=NOW)
    assert not result.failed, result.warnings
    base = serve(result.site_dir)
    shots = tmp_path / "screenshots"
    shots.mkdir()

    for width in (390, 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        for name, path in (("home", ""), ("item", "blog/2026/10/tenants-rally/")):
            page.goto(base + path)
            pictures = page.locator("img[src*='Tenant%20Rally%202026.png']")
            pictures.first.scroll_into_view_if_needed()
            page.wait_for_load_state("networkidle")
            widths = pictures.evaluate_all("images => images.map(image => image.complete && image.naturalWidth)")
            assert widths and all(w == 1200 for w in widths), (name, width, widths)
            page.screenshot(path=shots / f"{name}-{width}.png", full_page=True)
        assert page.locator(".nr-item__summary").count() == 0  # no copy of the first paragraph above it
        page.goto(base)
        summary = page.locator(".nr-card__summary, .nr-lead__summary").first.inner_text()
        assert summary == ("Hundreds of tenants & neighbours filled the steps of City Hall to demand a *real* "
                           "rent freeze.")
        page.close()
