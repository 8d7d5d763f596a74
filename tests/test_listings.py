"""Section listings, issue-area and partner pages, and the home page, on built fixture sites."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest


def card_titles(html: str) -> list[str]:
    return re.findall(r'class="nr-card__title"><a href="[^"]*">([^<]*)</a>', html)


def card_links(html: str) -> list[str]:
    return re.findall(r'class="nr-card__title"><a href="([^"]*)">', html)


def test_section_listing_is_newest_first_and_only_its_section(site) -> None:
    site.item("posts/old.md", title="Old post", date="2023-01-01")
    site.item("posts/new.md", title="New post", date="2025-06-01 12:00")
    site.item("posts/mid.md", title="Mid post", date="2024-03-01")
    site.item("press/release.md", title="A release", date="2025-07-01")
    site.item("posts/draft.md", title="Draft post", date="2025-08-01", draft=True)

    result = site.build(strict=True)

    assert card_titles(result.page("blog/")) == ["New post", "Mid post", "Old post"]
    assert card_titles(result.page("press/")) == ["A release"]
    assert card_titles(result.page("toolkits/")) == []
    assert "Nothing has been published here yet" in result.page("toolkits/")


@pytest.mark.parametrize(("count", "pages"), [(0, 1), (1, 1), (3, 1), (4, 2)])
def test_pagination_at_empty_one_full_and_full_plus_one(site, count: int, pages: int) -> None:
    site.write("newsroom.yml", "page_size: 3\n")
    for day in range(1, count + 1):
        site.item(f"posts/day-{day}.md", title=f"Day {day}", date=f"2024-01-{day:02d}")

    result = site.build(strict=True)

    expected = [f"Day {day}" for day in range(count, 0, -1)]
    listed = card_titles(result.page("blog/"))
    if pages == 2:
        listed += card_titles(result.page("blog/page/2/"))
        assert 'rel="next" href="../blog/page/2/"' in result.page("blog/")
        assert 'rel="prev" href="../../../blog/"' in result.page("blog/page/2/")
        assert "<title>Blog (page 2 of 2) - Fixture Network</title>" in result.page("blog/page/2/")
    assert listed == expected
    assert not result.exists(f"blog/page/{pages + 1}/")
    assert not result.exists("blog/page/1/")


def test_issue_page_lists_every_section_newest_first_and_empty_areas_say_so(site) -> None:
    site.item("posts/a.md", title="Housing post", date="2024-02-01", issues=["Affordable Housing"])
    site.item("press/b.md", title="Housing release", date="2024-03-01", issues=["Affordable Housing", "Climate"])
    site.item("toolkits/c.md", title="Housing toolkit", date="2024-01-01", issues=["affordable housing"])
    site.item("posts/d.md", title="Climate post", date="2024-04-01", issues=["Climate"])

    result = site.build(strict=True)

    housing = result.page("issues/affordable-housing/")
    assert card_titles(housing) == ["Housing release", "Housing post", "Housing toolkit"]
    assert "Press release" in housing and "Blog post" in housing and "Toolkit" in housing
    assert "Nothing has been published here yet" in result.page("issues/democracy/")
    index = result.page("issues/")
    for name in ("Affordable Housing", "Immigrant Rights", "Police Reform", "Economic Justice",
                 "Workers&#39; Rights", "Public Safety", "Democracy", "Climate"):
        assert name in index
    assert re.search(r"Affordable Housing</a></h2>\s*<p>[^<]+</p>\s*<p class=\"nr-area__count\">3 items", index)


def test_partner_pages_list_their_items_and_the_index_counts_them(site) -> None:
    site.item("posts/a.md", title="With both", date="2024-02-01", partners=["Center for Tenant Power", "Green Jobs Alliance"])
    site.item("posts/b.md", title="With one", date="2024-03-01", partners=["Green Jobs Alliance"])
    site.item("posts/c.md", title="Alone", date="2024-04-01")

    result = site.build(strict=True)

    assert card_titles(result.page("partners/green-jobs-alliance/")) == ["With one", "With both"]
    assert card_titles(result.page("partners/center-for-tenant-power/")) == ["With both"]
    index = result.page("partners/")
    assert re.search(r"Center for Tenant Power</a> <span[^>]*>\(1\)", index)
    assert re.search(r"Green Jobs Alliance</a> <span[^>]*>\(2\)", index)


def test_two_partner_spellings_with_one_slug_are_an_error_naming_both_files(site) -> None:
    site.item("posts/a.md", date="2024-02-01", partners=["Center for Tenant Power"])
    site.item("posts/b.md", date="2024-03-01", partners=["Center for Tenant-Power"])

    result = site.build(strict=True)

    assert result.failed
    assert any(w.startswith("posts/b.md:4: partners:") and "posts/a.md" in w and "'Center for Tenant Power'" in w
               for w in result.warnings), result.warnings


def test_home_page_leads_with_the_featured_item_then_press_posts_featured_work_and_areas(site) -> None:
    for n in range(1, 7):
        site.item(f"posts/p{n}.md", title=f"Post {n}", date=f"2024-01-0{n}")
        site.item(f"press/r{n}.md", title=f"Release {n}", date=f"2024-02-0{n}")
    site.item("toolkits/featured.md", title="Featured kit", featured=True, date="2024-03-01")
    site.item("toolkits/plain.md", title="Plain kit", date="2023-01-01")

    html = site.build(strict=True).page("")

    assert re.search(r'id="nr-lead-title"[^>]*><a href="[^"]*">Featured kit</a>', html)
    titles = card_titles(html)
    assert titles[0:4] == ["Release 6", "Release 5", "Release 4", "Release 3"]
    assert titles[4:8] == ["Post 6", "Post 5", "Post 4", "Post 3"]
    # The featured row is topped up with the newest toolkits; no item shows twice.
    assert titles[8:] == ["Plain kit"]
    assert 'href="./issues/public-safety/"' in html
    assert "Welcome." in html


def test_featured_works_in_every_section_and_the_newest_featured_item_leads(site) -> None:
    site.item("toolkits/kit.md", title="Featured kit", featured=True, date="2024-03-01")
    site.item("press/old.md", title="Featured release", featured=True, date="2024-02-01")
    site.item("posts/new.md", title="Featured post", featured=True, date="2024-04-01")
    site.item("posts/plain.md", title="Plain post", date="2024-05-01")

    html = site.build(strict=True).page("")

    assert re.search(r'id="nr-lead-title"[^>]*><a href="[^"]*">Featured post</a>', html)
    featured = html.split('id="nr-featured"', 1)[1]
    assert card_titles(featured) == ["Featured kit"]
    assert "Featured release" in card_titles(html)
    assert card_titles(html).count("Featured kit") == 1 and "Featured post" not in card_titles(html)


def test_item_page_shows_related_items(site) -> None:
    site.item("posts/main.md", title="Main", date="2024-05-01", issues=["Climate", "Democracy"])
    site.item("posts/both.md", title="Shares both", date="2024-01-01", issues=["Democracy", "Climate"])
    site.item("posts/one.md", title="Shares one", date="2024-04-01", issues=["Climate"])
    site.item("posts/none.md", title="Shares none", date="2024-04-02", issues=["Police Reform"])
    site.item("posts/hidden.md", title="Draft sharing both", date="2024-04-03", issues=["Climate", "Democracy"], draft=True)

    html = site.build(strict=True).page("blog/2024/05/main/")

    related = html.split('id="nr-related-heading"', 1)[1]
    assert card_titles(related) == ["Shares both", "Shares one"]


def test_every_card_link_resolves_to_a_built_page(site) -> None:
    site.write("newsroom.yml", "page_size: 2\n")
    site.item("posts/a.md", date="2024-02-01", issues=["Climate"], partners=["Green Jobs Alliance"])
    site.item("press/b.md", date="2024-03-01", issues=["Climate", "Democracy"])
    site.item("toolkits/c/index.md", date="2024-04-01", issues=["Democracy"], featured=True)
    site.write("toolkits/c/01-one.md", "---\ntitle: One\n---\n\nText.\n")
    site.item("posts/d.md", date="2024-05-01", issues=["Climate"])

    result = site.build(strict=True)

    checked = 0
    for html_file in result.site_dir.rglob("index.html"):
        page_url = "/" + html_file.parent.relative_to(result.site_dir).as_posix() + "/"
        html = html_file.read_text()
        for href in card_links(html) + re.findall(r'<a class="nr-chip" href="([^"]+)"', html):
            target = urljoin(page_url, href)
            assert (result.site_dir / target.strip("/") / "index.html").is_file(), (html_file, href)
            checked += 1
    assert checked > 20


def test_cards_show_the_item_image_and_a_missing_image_is_named(site) -> None:
    site.write("docs/images/rally.png", b"\x89PNG\r\n\x1a\n")
    site.item("posts/with-image.md", title="With image", image="/images/rally.png", image_alt="A rally")
    site.item("press/no-slash.md", title="No slash", image="images/rally.png", image_alt="")
    site.item("posts/missing.md", title="Missing image", image="/images/nowhere.jpg", image_alt="Nothing")

    result = site.build()

    for listing, alt in (("blog/", "A rally"), ("press/", "")):
        image = lxml.html.fromstring(result.page(listing)).xpath('//img[@class="nr-card__image"]')[0]
        assert (image.get("src"), image.get("alt")) == ("../images/rally.png", alt)
    assert any(w.startswith("posts/missing.md:3: image: '/images/nowhere.jpg' is not a file under docs/")
               for w in result.warnings), result.warnings
    assert "Missing image" in result.page("blog/")
    assert site.build(strict=True).failed
