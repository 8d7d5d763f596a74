"""The media page and In the News, built from data/media.yml and data/in-the-news.yml on fixture sites."""

from __future__ import annotations

import io
import os
import re
import zipfile
from urllib.parse import urljoin

import lxml.html
import pytest

MEDIA_URL = "https://example.org/media/"

MEDIA_YML = """\
contacts:
  - name: Alex Moreno
    role: Communications Director
    email: press@example.org
    phone: +1 202 555 0143
  - name: Sam Okoye
    role: Press Secretary
    email: sam.okoye@example.org
spokespeople:
  - name: Maria Okafor
    role: Executive Director
    issues: [Democracy, Climate]
  - name: Priya Raman
    role: Senior Policy Counsel
    issues: [Immigrant Rights]
response_times: We answer on weekdays within two hours; on deadline, call.
boilerplate: The Fixture Network unites local officials for housing & justice.
press_kit: press-kit
"""

PRESS_KIT = {
    "logo.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n',
    "photos/portrait.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "fact-sheet.pdf": b"%PDF-1.4\n% fixture\n",
}

ENTRY_1 = """\
- outlet: Metro Public Radio
  headline: Old story
  date: 2024-03-01
  url: https://metropublicradio.example/old
  issues: [Climate]
"""
ENTRY_2 = """\
- outlet: The Riverside Ledger
  headline: Middle story
  date: 2025-06-01
  url: https://www.riversideledger.example/news/middle
  issues: [Affordable Housing, Workers' Rights]
"""
ENTRY_3 = """\
- outlet: Lakeshore Daily News
  headline: New story <with> "quotes" & more
  date: 2025-09-01
  url: https://lakeshore.example/new?ref=a&b=c
  issues: [Democracy]
"""
ENTRY_4 = """\
- outlet: Statehouse Wire
  headline: Newest story
  date: 2025-11-15
  url: http://statehousewire.example/newest
"""


def write_media(site, media: str = MEDIA_YML, coverage: str = ENTRY_1 + ENTRY_2 + ENTRY_3) -> None:
    site.write("data/media.yml", media)
    site.write("data/in-the-news.yml", coverage)
    for name, content in PRESS_KIT.items():
        site.write(f"docs/press-kit/{name}", content)
    site.write("docs/press-kit/.DS_Store", b"\0\0\0\1Bud1")


def card_titles(html: str) -> list[str]:
    return re.findall(r'class="nr-card__title"><a href="[^"]*">([^<]*)</a>', html)


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def headlines(html: str) -> list[str]:
    return re.findall(r'class="nr-coverage__headline"><a href="[^"]*">([^<]*)</a>', html)


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


# ---------------------------------------------------------------------------
# The media page


def test_media_page_shows_the_five_newest_press_releases_newest_first(site) -> None:
    write_media(site)
    for month in range(1, 8):
        site.item(f"press/release-{month}.md", title=f"Release {month}", date=f"2025-{month:02d}-10")
    site.item("press/draft.md", title="Draft release", date="2025-12-01", draft=True)
    site.item("press/embargoed.md", title="Embargoed release", date="2025-12-01", embargo="2026-06-01 09:00")
    site.item("posts/post.md", title="A blog post", date="2025-12-02")

    result = site.build(strict=True)

    assert not result.failed, result.warnings
    assert card_titles(result.page("media/")) == ["Release 7", "Release 6", "Release 5", "Release 4", "Release 3"]
    assert urljoin(MEDIA_URL, "../press/2025/07/release-7/") in {urljoin(MEDIA_URL, h) for h in hrefs(result.page("media/"))}


def test_media_page_lists_contacts_spokespeople_response_times_and_boilerplate(site) -> None:
    write_media(site)

    html = site.build(strict=True).page("media/")

    assert '<a href="mailto:press@example.org">press@example.org</a>' in html
    assert '<a href="mailto:sam.okoye@example.org">sam.okoye@example.org</a>' in html
    assert '<a href="tel:+12025550143">+1 202 555 0143</a>' in html
    assert "Communications Director" in html
    spokespeople = html[html.index('id="nr-spokespeople"'):html.index('id="nr-press-kit"')]
    areas = re.findall(r'<h3><a href="[^"]*issues/([^/]+)/">', spokespeople)
    assert areas == ["immigrant-rights", "democracy", "climate"]  # the site's order of issue areas
    assert spokespeople.count("Maria Okafor") == 2 and "Priya Raman" in spokespeople
    assert "We answer on weekdays within two hours; on deadline, call." in html
    assert "The Fixture Network unites local officials for housing &amp; justice." in html
    assert "<title>Media - Fixture Network</title>" in html


def test_media_page_links_the_press_feeds_with_how_to_subscribe(site) -> None:
    write_media(site)

    html = site.build(strict=True).page("media/")

    links = {urljoin(MEDIA_URL, href) for href in hrefs(html)}
    for feed in ("feed.xml", "atom.xml", "feed.json"):
        assert f"https://example.org/press/{feed}" in links
    assert "feed reader" in html


def test_press_kit_is_listed_with_format_and_size_and_zipped_whole(site) -> None:
    write_media(site)

    result = site.build(strict=True)

    html = result.page("media/")
    links = {urljoin(MEDIA_URL, href) for href in hrefs(html)}
    assert "https://example.org/media/press-kit.zip" in links
    for name in PRESS_KIT:
        assert f"https://example.org/press-kit/{name}" in links
        assert (result.site_dir / "press-kit" / name).is_file()
    assert re.search(rf">logo\.svg</a> <span[^>]*>SVG, {len(PRESS_KIT['logo.svg'])} bytes<", html)
    assert re.search(r">photos/portrait\.png</a> <span[^>]*>PNG, 2\.0 KB<", html)
    assert ".DS_Store" not in html

    archive = zipfile.ZipFile(result.site_dir / "media" / "press-kit.zip")
    # With the fact sheet and the boilerplate the site writes from data/media.yml (tests/test_press_kit.py).
    written = ["boilerplate.txt", "fact-sheet.txt"]
    assert archive.namelist() == sorted(f"press-kit/{name}" for name in [*PRESS_KIT, *written])
    for name, content in PRESS_KIT.items():
        assert archive.read(f"press-kit/{name}") == content


def test_press_kit_zip_is_byte_identical_across_builds(site) -> None:
    write_media(site)
    first = (site.build(strict=True).site_dir / "media" / "press-kit.zip").read_bytes()
    for name in PRESS_KIT:  # a fresh checkout gives the files new modification times
        os.utime(site.root / "docs" / "press-kit" / name, (1_800_000_000, 1_800_000_000))

    second = (site.build(strict=True).site_dir / "media" / "press-kit.zip").read_bytes()

    assert first == second
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(second)).infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_without_data_files_the_pages_still_build_and_say_so(site) -> None:
    # A new site, or one whose press office has not filled data/media.yml in yet: the Media tab must not
    # break the build, and the page says plainly that nothing is listed, rather than showing empty headings.
    site.item("press/release.md", title="A release", date="2025-01-10")

    result = site.build(strict=True)

    assert not result.failed, result.warnings
    html = result.page("media/")
    assert "The press office has not listed its contacts here yet." in html
    assert "No press kit yet" in html
    assert card_titles(html) == ["A release"]
    assert "No coverage is listed yet." in result.page("in-the-news/")
    assert not (result.site_dir / "media" / "press-kit.zip").exists()


def test_media_is_in_the_header_of_every_page(site) -> None:
    write_media(site)

    html = site.build(strict=True).page("")

    sections = lxml.html.fromstring(html).xpath('//nav[@class="nr-nav"]//a/text()')
    assert "Media" in sections


# ---------------------------------------------------------------------------
# In the News


def test_in_the_news_lists_every_entry_newest_first_with_its_issue_areas(site) -> None:
    write_media(site, coverage=ENTRY_1 + ENTRY_2 + ENTRY_3 + ENTRY_4)

    result = site.build(strict=True)

    html = result.page("in-the-news/")
    assert headlines(html) == ["Newest story", "New story &lt;with&gt; &#34;quotes&#34; &amp; more", "Middle story",
                               "Old story"]
    assert '<a href="https://lakeshore.example/new?ref=a&amp;b=c">' in html
    assert '<time datetime="2025-06-01">June 1, 2025</time>' in html
    assert "The Riverside Ledger" in html
    links = {urljoin("https://example.org/in-the-news/", href) for href in hrefs(html)}
    assert {"https://example.org/issues/affordable-housing/", "https://example.org/issues/workers-rights/"} <= links


def test_media_page_shows_the_latest_three_and_links_to_in_the_news(site) -> None:
    write_media(site, coverage=ENTRY_1 + ENTRY_2 + ENTRY_3 + ENTRY_4)

    html = site.build(strict=True).page("media/")

    assert headlines(html) == ["Newest story", "New story &lt;with&gt; &#34;quotes&#34; &amp; more", "Middle story"]
    assert "https://example.org/in-the-news/" in {urljoin(MEDIA_URL, href) for href in hrefs(html)}


BAD_ENTRIES = {
    "blank field": (
        ENTRY_2.replace("  headline: Middle story\n", "  headline: '   '\n"),
        "headline of entry 2 (The Riverside Ledger): is empty", "for example headline:", "headline:",
    ),
    "missing field": (
        ENTRY_2.replace("  headline: Middle story\n", ""),
        "headline of entry 2 (The Riverside Ledger): is missing", "headline:", "- outlet: The Riverside Ledger",
    ),
    "URL without scheme": (
        ENTRY_2.replace("https://www.", ""),
        "url of entry 2 (The Riverside Ledger): 'riversideledger.example/news/middle' is not a full web address",
        "https://", "url:",
    ),
    "URL with another scheme": (
        ENTRY_2.replace("https://", "ftp://"), "url of entry 2 (The Riverside Ledger): 'ftp://", "https://", "url:",
    ),
    "malformed date": (
        ENTRY_2.replace("2025-06-01", "June 1, 2025"),
        "date of entry 2 (The Riverside Ledger): 'June 1, 2025' is not a date", "2025-03-14", "date:",
    ),
    "impossible date": (
        ENTRY_2.replace("2025-06-01", "2025-13-45"),
        "date of entry 2 (The Riverside Ledger): '2025-13-45' is not a real date", "check the day", "date:",
    ),
    "unknown issue": (
        ENTRY_2.replace("Affordable Housing", "Afordable Housing"),
        "issues of entry 2 (The Riverside Ledger): 'Afordable Housing' is not one of the site's issue areas",
        "Did you mean 'Affordable Housing'?", "issues:",
    ),
    "unknown field": (
        ENTRY_2 + "  isues: [Climate]\n",
        "isues of entry 2 (The Riverside Ledger): is not a field", "Did you mean 'issues'?", "isues:",
    ),
    "not fields": (
        "- The Riverside Ledger, Middle story, 2025-06-01\n",
        "entry 2: must be fields written as name: value", "- outlet:", "- The Riverside Ledger",
    ),
    "same article twice": (
        ENTRY_2.replace("https://www.riversideledger.example/news/middle", "https://metropublicradio.example/old"),
        "url of entry 2 (The Riverside Ledger): is the same article as entry 1 (Metro Public Radio)", "keep only one",
        "url:",
    ),
}


@pytest.mark.parametrize("kind", list(BAD_ENTRIES))
def test_strict_build_fails_on_a_bad_coverage_entry_naming_file_entry_field_and_fix(site, kind: str) -> None:
    bad, what, fix, on_line = BAD_ENTRIES[kind]
    coverage = ENTRY_1 + bad + ENTRY_3
    write_media(site, coverage=coverage)

    result = site.build(strict=True)

    assert result.failed
    line = line_of(coverage, on_line) if on_line.startswith("-") else line_of(coverage, bad) - 1 + line_of(bad, on_line)
    where = f"data/in-the-news.yml:{line}: {what}"
    assert any(where in w and fix in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("kind", list(BAD_ENTRIES))
def test_normal_build_leaves_out_only_the_bad_coverage_entry(site, kind: str) -> None:
    bad, what, _, _ = BAD_ENTRIES[kind]
    write_media(site, coverage=ENTRY_1 + bad + ENTRY_3)

    result = site.build()

    assert not result.failed
    assert headlines(result.page("in-the-news/")) == ["New story &lt;with&gt; &#34;quotes&#34; &amp; more", "Old story"]
    assert [w for w in result.warnings if "data/in-the-news.yml" in w and what in w and "left out" in w]


def test_every_bad_coverage_entry_is_reported_at_once(site) -> None:
    coverage = (ENTRY_1.replace("2024-03-01", "2024-3-1") + ENTRY_2.replace("https://www.", "")
                + ENTRY_3.replace("Democracy", "Democracies"))
    write_media(site, coverage=coverage)

    result = site.build(strict=True)

    assert result.failed
    for problem in ("date of entry 1 (Metro Public Radio)", "url of entry 2 (The Riverside Ledger)",
                    "issues of entry 3 (Lakeshore Daily News)"):
        assert any(problem in w for w in result.warnings), (problem, result.warnings)


def test_unreadable_coverage_file_names_the_line(site) -> None:
    coverage = ENTRY_1 + "- outlet: The Riverside Ledger\n  headline: Rent relief: the vote\n"
    write_media(site, coverage=coverage)

    result = site.build(strict=True)

    assert result.failed
    assert any("data/in-the-news.yml:7: headline: the value holds a colon" in w and "in double quotes" in w
               for w in result.warnings), \
        result.warnings


BAD_MEDIA = {
    "bad email": (
        MEDIA_YML.replace("sam.okoye@example.org", "sam at example.org"),
        "email of contact 2 (Sam Okoye): 'sam at example.org' is not an email address", "email:", "sam at",
    ),
    "bad phone": (
        MEDIA_YML.replace("+1 202 555 0143", "call the office"),
        "phone of contact 1 (Alex Moreno): 'call the office' is not a phone number", "+1 202 555 0143", "call the",
    ),
    "missing contact email": (
        MEDIA_YML.replace("    email: sam.okoye@example.org\n", ""),
        "email of contact 2 (Sam Okoye): is missing", "email:", "  - name: Sam Okoye",
    ),
    "unknown spokesperson issue": (
        MEDIA_YML.replace("[Immigrant Rights]", "[Immigrant Right]"),
        "issues of spokesperson 2 (Priya Raman): 'Immigrant Right' is not one of the site's issue areas",
        "Did you mean 'Immigrant Rights'?", "[Immigrant Right]",
    ),
    "unknown field": (
        MEDIA_YML + "boilerplait: More text.\n",
        "boilerplait: is not a field", "Did you mean 'boilerplate'?", "boilerplait",
    ),
    "missing press kit folder": (
        MEDIA_YML.replace("press_kit: press-kit", "press_kit: presskit"),
        "press_kit: the folder docs/presskit does not exist", "create it", "press_kit:",
    ),
}


@pytest.mark.parametrize("kind", list(BAD_MEDIA))
def test_bad_media_data_fails_strict_and_leaves_out_only_that_entry(site, kind: str) -> None:
    media, what, fix, on_line = BAD_MEDIA[kind]
    write_media(site, media=media)

    strict = site.build(strict=True)

    assert strict.failed
    where = f"data/media.yml:{line_of(media, on_line)}: {what}"
    assert any(where in w and fix in w for w in strict.warnings), strict.warnings

    result = site.build()

    assert not result.failed
    html = result.page("media/")
    assert "mailto:press@example.org" in html or kind == "bad phone"
    assert "Priya Raman" in html or kind == "unknown spokesperson issue"
    assert "Maria Okafor" in html
    assert [w for w in result.warnings if what in w and "left out" in w]


def test_missing_boilerplate_and_contacts_are_named(site) -> None:
    write_media(site, media="press_kit: press-kit\n")

    result = site.build(strict=True)

    assert result.failed
    assert any("data/media.yml:1: contacts: is missing" in w for w in result.warnings), result.warnings
    assert any("data/media.yml:1: boilerplate: is missing" in w for w in result.warnings), result.warnings


# ---------------------------------------------------------------------------
# A journalist on a phone


def test_media_page_on_a_phone_has_no_horizontal_scrolling(site, browser, serve) -> None:
    long_address = "communications.and.press.office@municipal-justice-network.example.org"
    write_media(site, media=MEDIA_YML.replace("press@example.org", long_address))
    result = site.build(strict=True)
    assert not result.failed, result.warnings

    page = browser.new_page(viewport={"width": 360, "height": 740}, is_mobile=True)
    page.goto(serve(result.site_dir) + "media/")
    scroll_width, client_width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll_width <= client_width
    contact = page.get_by_role("main").get_by_role("link", name=long_address)
    assert contact.get_attribute("href") == f"mailto:{long_address}"
    assert contact.is_visible()
    page.close()
