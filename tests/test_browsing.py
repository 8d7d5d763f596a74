"""A reader in headless Chromium: from the home page to an issue area to an item, on desktop and phone."""

from __future__ import annotations

import pytest


@pytest.fixture
def built(site):
    site.item("posts/rent.md", title="Tenants win in Newark", date="2024-05-01", issues=["Affordable Housing"],
              partners=["Center for Tenant Power"], summary="A right to counsel, at last.",
              body="## What changed\n\n| Year | Evictions |\n|---|---|\n| 2022 | 4,100 |\n| 2023 | 2,900 |\n")
    site.item("press/oversight.md", title="Oversight standards released", date="2024-06-01",
              issues=["Police Reform", "Democracy"])
    site.item("toolkits/kit/index.md", title="Right to counsel toolkit", date="2024-03-01",
              issues=["Affordable Housing"], featured=True)
    site.write("toolkits/kit/01-why.md", "---\ntitle: Why it matters\n---\n\nBecause.\n")
    result = site.build(strict=True)
    assert not result.failed, result.warnings
    return result


def test_home_to_issue_area_to_item_by_clicking(built, browser, serve) -> None:
    page = browser.new_page()
    page.goto(serve(built.site_dir))

    page.get_by_role("link", name="Affordable Housing", exact=True).first.click()
    page.wait_for_url("**/issues/affordable-housing/")
    assert page.get_by_role("heading", level=1).inner_text() == "Affordable Housing"

    page.get_by_role("link", name="Tenants win in Newark").click()
    page.wait_for_url("**/blog/2024/05/rent/")
    assert page.get_by_role("heading", level=1).inner_text() == "Tenants win in Newark"
    assert page.title() == "Tenants win in Newark - Fixture Network"

    page.get_by_role("link", name="Center for Tenant Power").click()
    page.wait_for_url("**/partners/center-for-tenant-power/")
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_header_leads_to_every_section_on_a_phone_and_a_desktop(built, browser, serve, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 800})
    base = serve(built.site_dir)
    for tab, url, heading in [("Blog", "blog/", "Blog"), ("Press", "press/", "Press releases"),
                              ("Toolkits", "toolkits/", "Toolkits"), ("Issues", "issues/", "Issue areas"),
                              ("About", "about/", "About")]:
        page.goto(base + "blog/2024/05/rent/")
        page.get_by_role("navigation", name="Sections").get_by_role("link", name=tab, exact=True).click()
        page.wait_for_url(base + url)
        # A hand-written page's heading carries its permalink mark.
        assert page.get_by_role("heading", level=1).inner_text().rstrip("¶") == heading
        current = page.get_by_role("navigation", name="Sections").get_by_role("link", name=tab, exact=True)
        assert current.get_attribute("aria-current") == "page"
    page.get_by_role("link", name="Join", exact=True).first.click()
    page.wait_for_url(base + "join/")
    page.close()


@pytest.mark.parametrize("path", ["", "blog/", "issues/", "issues/affordable-housing/", "blog/2024/05/rent/",
                                  "toolkits/kit/", "toolkits/kit/why/", "partners/"])
def test_phone_width_has_no_horizontal_scrolling(built, browser, serve, path: str) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740}, is_mobile=True)
    page.goto(serve(built.site_dir) + path)
    scroll_width, client_width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll_width <= client_width
    page.close()
