"""Every kind of page passes axe-core (WCAG 2 A and AA, best practices) in both palettes, and prints cleanly."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import page_of_each_kind, served

AXE_RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "best-practice"]}}
KINDS = ["home", "blog listing", "press listing", "toolkit listing", "issue index", "issue page", "partner index",
         "partner page", "post", "press release", "toolkit", "toolkit chapter", "media", "in the news", "search", "about",
         "join", "404", "scorecard", "scorecard card", "actions", "actions of an area", "actions of a state"]


@pytest.fixture(scope="module")
def base_url(project_site):
    with served(project_site.site_dir) as url:
        yield url


def violations(page) -> list[str]:
    found = Axe().run(page, options=AXE_RULES).response["violations"]
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in found]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_axe_violations(project_site, base_url, browser, kind: str, scheme: str) -> None:
    path = page_of_each_kind(project_site)[kind]
    page = browser.new_page(color_scheme=scheme)
    page.goto(base_url + path)
    if kind == "search":
        page.goto(base_url + path + "?q=housing&issue=Affordable+Housing")
        page.wait_for_selector(".nr-result")
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert violations(page) == []
    page.close()


def test_toolkit_prints_without_navigation_and_with_link_addresses(project_site, base_url, browser) -> None:
    page = browser.new_page()
    page.goto(base_url + page_of_each_kind(project_site)["toolkit"])
    page.emulate_media(media="print")
    for chrome in (".nr-header", ".nr-toolkit-nav", ".nr-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.get_by_role("heading", level=1).is_visible()
    external = page.locator('.nr-item__body a[href^="http"]').first
    after = external.evaluate("a => getComputedStyle(a, '::after').content")
    assert external.get_attribute("href") in after
    page.close()
