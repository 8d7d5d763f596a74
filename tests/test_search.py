"""Search on Pagefind's index, in headless Chromium: words, facets, unpublished items, no JavaScript."""

from __future__ import annotations

import pytest


@pytest.fixture
def built(site):
    site.item("posts/heat.md", title="Heat rules for workers", date="2024-07-01", issues=["Workers' Rights", "Climate"],
              partners=["Green Jobs Alliance"], body="Outdoor crews need shade. The word xylofrost appears only here.")
    site.item("press/heat.md", title="Officials back a heat standard", date="2025-08-01", issues=["Workers' Rights"],
              body="A federal standard on heat would protect warehouse crews.")
    site.item("toolkits/shade.md", title="Shade and cooling toolkit", date="2023-05-01", issues=["Climate"],
              body="Cities can require shade for outdoor crews.")
    site.item("posts/draft.md", title="Draft", draft=True, body="Crews and zanzibarquill.")
    site.item("press/embargoed.md", title="Embargoed", date="2025-12-01", embargo="2030-01-01",
              body="Crews and quokkafrond.")
    result = site.build(strict=True, now="2026-01-01")
    assert not result.failed, result.warnings
    return result


def results_of(page) -> list[str]:
    page.wait_for_selector(".nr-search__status:not(:empty)")
    return page.locator(".nr-result h2 a").all_inner_texts()


def test_material_search_is_off_and_pagefind_is_on(built) -> None:
    assert not (built.site_dir / "search/search_index.json").exists()
    assert (built.site_dir / "pagefind/pagefind.js").is_file()


def test_a_word_from_one_body_finds_that_item(built, browser, serve) -> None:
    page = browser.new_page()
    page.goto(serve(built.site_dir) + "search/?q=xylofrost")
    assert results_of(page) == ["Heat rules for workers"]
    assert page.locator(".nr-result mark").first.inner_text().lower() == "xylofrost"
    assert "Blog post · July 1, 2024" in page.locator(".nr-result__meta").first.inner_text()
    page.close()


def test_filtering_by_an_issue_area_narrows_the_results(built, browser, serve) -> None:
    page = browser.new_page()
    page.goto(serve(built.site_dir) + "search/?q=crews")
    assert sorted(results_of(page)) == ["Heat rules for workers", "Officials back a heat standard",
                                        "Shade and cooling toolkit"]

    page.get_by_label("Climate (2)").check()
    page.wait_for_function("document.querySelectorAll('.nr-result').length === 2")
    assert sorted(results_of(page)) == ["Heat rules for workers", "Shade and cooling toolkit"]
    assert "issue=Climate" in page.url

    page.get_by_label("Order").select_option("date")
    page.wait_for_function("document.querySelector('.nr-result h2 a').textContent === 'Heat rules for workers'")
    assert results_of(page) == ["Heat rules for workers", "Shade and cooling toolkit"]
    page.close()


def test_unpublished_words_find_nothing(built, browser, serve) -> None:
    page = browser.new_page()
    base = serve(built.site_dir)
    for word in ("zanzibarquill", "quokkafrond"):
        page.goto(base + f"search/?q={word}")
        assert results_of(page) == []
        assert page.locator(".nr-search__status").inner_text().startswith("Nothing found")
    page.close()


def test_header_box_and_search_within_an_issue_lead_to_the_search_page(built, browser, serve) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    base = serve(built.site_dir)
    page.goto(base)
    page.get_by_label("Search the site").fill("shade")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=shade")
    assert sorted(results_of(page)) == ["Heat rules for workers", "Shade and cooling toolkit"]
    assert page.get_by_label("Words to look for").input_value() == "shade"

    page.goto(base + "issues/workers-rights/")
    page.get_by_role("link", name="Search within Workers' Rights").click()
    page.wait_for_function("document.querySelectorAll('.nr-result').length === 2")
    assert page.get_by_label("Workers' Rights (2)").is_checked()
    page.close()


def test_without_javascript_the_search_page_says_how_to_browse(built, browser, serve) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(serve(built.site_dir) + "search/?q=heat")
    assert page.get_by_text("Searching needs JavaScript").is_visible()
    assert page.get_by_role("link", name="by issue area").is_visible()
    assert not page.locator(".nr-search").is_visible()
    context.close()


def test_facets_work_from_the_keyboard(built, browser, serve) -> None:
    page = browser.new_page()
    page.goto(serve(built.site_dir) + "search/?q=crews")
    assert len(results_of(page)) == 3

    page.get_by_label("Climate (2)").focus()
    page.keyboard.press("Space")
    page.wait_for_function("document.querySelectorAll('.nr-result').length === 2")
    # The facets are updated in place: focus stays on the box just ticked.
    assert page.evaluate("document.activeElement.value") == "Climate"
    page.keyboard.press("Space")
    page.wait_for_function("document.querySelectorAll('.nr-result').length === 3")
    page.close()
