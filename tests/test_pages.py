"""The pages a reader acts on, in Chromium: the front page, About and Join, issue stories, toolkit
chapters, search on a phone; and screenshots of every kind of page, kept for people to look at.

Screenshots go to tests/artifacts/screenshots/ (git-ignored; CI keeps them as an artifact), at 390 and
1280 pixels wide, in the light and the dark scheme.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from conftest import REPO, page_of_each_kind, served

SCREENSHOTS = REPO / "tests" / "artifacts" / "screenshots"
SIGNUP = "https://act.example.org/signup"


@pytest.fixture(scope="module")
def base_url(project_site):
    with served(project_site.site_dir) as url:
        yield url


# ---------------------------------------------------------------------------
# Screenshots of every kind of page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_every_kind_of_page(project_site, base_url, browser, width: int, scheme: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 844 if width == 390 else 900},
                            color_scheme=scheme, is_mobile=width == 390)
    for kind, path in page_of_each_kind(project_site).items():
        page.goto(base_url + path + ("?q=housing" if kind == "search" else ""))
        if kind == "search":
            page.wait_for_selector(".nr-result")
        # Lazy images load as the reader scrolls: scroll through before the full-page picture.
        page.evaluate("async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) {"
                      " window.scrollTo(0, y); await new Promise(r => setTimeout(r, 30)); } window.scrollTo(0, 0); }")
        page.wait_for_load_state("networkidle")
        name = f"{kind.replace(' ', '-')}-{width}-{scheme}.png"
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
        # Nothing is wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), name
    page.close()


# ---------------------------------------------------------------------------
# The launch content: the organisation's own pages


def test_every_default_issue_area_has_its_story_at_the_top_of_its_page(project_site) -> None:
    from newsroom.settings import DEFAULT_ISSUE_AREAS

    for area in DEFAULT_ISSUE_AREAS:
        assert (REPO / "docs" / "issues" / f"{area.slug}.md").is_file(), area.slug
        document = lxml.html.fromstring(project_site.page(f"issues/{area.slug}/"))
        story = document.xpath('//div[@class="nr-story"]')
        assert story, area.slug
        assert story[0].xpath('.//h2[starts-with(normalize-space(), "What members have won")]'), area.slug
        # The story opens the page: before the first card.
        order = [element.get("class") for element in document.iter() if element.get("class") in ("nr-story", "nr-cards")]
        assert order[:2] == ["nr-story", "nr-cards"], area.slug


def test_every_launch_item_has_an_image_with_alt_text_sizes_and_smaller_copies(project_site) -> None:
    document = lxml.html.fromstring(project_site.page("blog/"))
    images = document.xpath('//img[@class="nr-card__image"]')
    assert images
    for image in images:
        assert image.get("alt", "").startswith("Illustration: ")
        assert (image.get("width"), image.get("height")) == ("1200", "675")
        assert "480w" in image.get("srcset") and "1200w" in image.get("srcset") and image.get("sizes")
    # The first card is on a phone's first screen; the others wait until the reader scrolls to them.
    assert images[0].get("loading") is None
    assert {image.get("loading") for image in images[1:]} == {"lazy"}


def test_home_page_leads_with_an_image_that_loads_first(project_site) -> None:
    document = lxml.html.fromstring(project_site.page(""))
    lead = document.xpath('//article[contains(@class, "nr-lead")]')[0]
    image = lead.xpath(".//img")[0]
    assert image.get("loading") is None and image.get("alt")
    assert document.xpath('//a[@class="nr-button nr-button--accent"][@href="./join/"]')
    assert not document.xpath('//*[contains(@class, "md-sidebar")]')


def test_footer_has_press_contact_feeds_sign_up_social_and_no_theme_credit(project_site) -> None:
    footer = lxml.html.fromstring(project_site.page("press/")).xpath("//footer")[0]
    links = footer.xpath(".//a/@href")
    assert "mailto:press@municipaljustice.org" in links
    assert "https://www.municipaljustice.org/feed.xml" in links
    assert any(link.startswith("https://bsky.app/") for link in links)
    assert footer.xpath('.//form[@method="post"]/@action') == ["https://act.municipaljustice.org/signup"]
    assert "Material" not in footer.text_content()


# ---------------------------------------------------------------------------
# Fixture sites: the rules behind the pages


@pytest.fixture
def joined(site):
    site.write("newsroom.yml", f"signup_url: {SIGNUP}\n")
    site.item("toolkits/kit/index.md", title="Counsel toolkit", date="2024-03-01")
    site.write("toolkits/kit/01-why.md", "---\ntitle: Why it matters\n---\n\n## One\n\nA.\n\n## Two\n\nB.\n")
    site.write("toolkits/kit/02-how.md", "---\ntitle: How to do it\n---\n\nText.\n")
    site.write("docs/issues/climate.md", "## What we work for\n\nClean air in every neighbourhood.\n")
    result = site.build(strict=True)
    assert not result.failed, result.warnings
    return result


def test_an_issue_story_opens_its_area_page_and_is_no_page_of_its_own(joined) -> None:
    html = joined.page("issues/climate/")
    assert "Clean air in every neighbourhood." in html
    assert html.index("Clean air") < html.index('class="nr-listing__empty"')
    assert "Clean air" not in joined.page("issues/democracy/")
    assert not (joined.site_dir / "issues" / "climate" / "index.html.md").exists()


def test_toolkit_chapters_link_previous_and_next_and_mark_the_current_one(joined) -> None:
    document = lxml.html.fromstring(joined.page("toolkits/kit/why/"))
    pager = document.xpath('//nav[@aria-label="Pages of this toolkit"]')[0]
    assert pager.xpath('.//a[@rel="prev"]/@href') == ["../../../toolkits/kit/"]
    assert pager.xpath('.//a[@rel="next"]/@href') == ["../../../toolkits/kit/how/"]
    current = document.xpath('//nav[@aria-labelledby="nr-chapters-title"]//a[@aria-current="page"]')
    assert [a.text_content() for a in current] == ["Why it matters"]
    assert [a.text_content() for a in document.xpath('//nav[@aria-labelledby="nr-outline-title"]//a')] == ["One", "Two"]
    last = lxml.html.fromstring(joined.page("toolkits/kit/how/"))
    assert not last.xpath('//a[@rel="next"]') and last.xpath('//a[@rel="prev"]')


def test_join_form_posts_to_the_signup_url_and_every_control_has_a_label(joined) -> None:
    document = lxml.html.fromstring(joined.page("join/"))
    form = document.xpath('//form[@id="join-form"]')[0]
    assert (form.get("action"), form.get("method")) == (SIGNUP, "post")
    for control in form.xpath(".//input[not(@type='hidden')] | .//select | .//textarea"):
        assert document.xpath(f'//label[@for="{control.get("id")}"]'), control.get("name")
    assert {c.get("name") for c in form.xpath(".//*[@required]")} == {
        "first_name", "last_name", "email", "office", "jurisdiction", "state"}


def test_without_a_signup_url_join_says_how_to_get_in_touch(site) -> None:
    html = site.build(strict=True).page("join/")
    assert "<form" not in html.split('class="nr-footer"')[0].split('class="nr-page')[1]
    assert "Online sign-up opens soon" in html


@pytest.mark.parametrize("javascript", [True, False])
def test_join_form_names_each_problem_and_sends_when_complete(joined, browser, serve, javascript: bool) -> None:
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 390, "height": 844})
    sent: list[str] = []
    context.route(SIGNUP, lambda route: (sent.append(route.request.post_data or ""),
                                         route.fulfill(status=200, body="Thank you")))
    page = context.new_page()
    page.goto(serve(joined.site_dir) + "join/")
    page.get_by_label("First name").fill("Sam")
    page.get_by_role("button", name="Send my sign-up").click()
    if javascript:
        summary = page.get_by_role("alert")
        assert summary.is_visible()
        assert page.evaluate("document.activeElement.classList.contains('nr-form__summary')")
        assert "Last name: Enter your last name." in summary.inner_text()
        email = page.get_by_label("Email address", exact=True)
        assert email.get_attribute("aria-invalid") == "true"
        assert "join-email-error" in email.get_attribute("aria-describedby")
    else:
        # The browser's own checks stop the form: it never leaves the page half-filled.
        assert page.evaluate("document.querySelector('#join-last_name').matches(':invalid')")
    assert sent == []
    page.get_by_label("Last name").fill("Rivera")
    page.get_by_label("Email address", exact=True).fill("sam@example.org")
    page.get_by_label("Office you hold").select_option("Mayor")
    page.get_by_label("City, county or district").fill("Dayton")
    page.get_by_label("State or territory").select_option("Ohio")
    page.get_by_role("button", name="Send my sign-up").click()
    page.wait_for_url(SIGNUP)
    assert "email=sam%40example.org" in sent[0] and "list=members" in sent[0] and "state=Ohio" in sent[0]
    context.close()


def test_a_card_without_an_image_leaves_no_empty_image_box(site) -> None:
    site.write("docs/images/a.png", (REPO / "docs/images/icons/favicon-32.png").read_bytes())
    site.item("posts/with.md", title="With", image="/images/a.png", image_alt="A picture")
    site.item("posts/without.md", title="Without")
    document = lxml.html.fromstring(site.build(strict=True).page("blog/"))
    cards = document.xpath('//article[contains(@class, "nr-card")]')
    by_title = {card.xpath('.//*[@class="nr-card__title"]')[0].text_content(): card for card in cards}
    assert by_title["Without"].xpath(".//img") == [] and "nr-card--text" in by_title["Without"].get("class")
    assert by_title["With"].xpath(".//img/@width") == ["32"]


def test_search_on_a_phone_shows_the_first_result_without_scrolling_and_no_empty_filters(
        project_site, base_url, browser) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(base_url + "search/?q=rent")
    first = page.locator(".nr-result").first
    first.wait_for()
    box = first.bounding_box()
    assert box["y"] + 40 < 844, box
    assert not page.locator(".nr-search__filters").evaluate("details => details.open")
    page.get_by_text("Filter by issue area").click()
    counts = page.locator(".nr-facet__option:not([hidden]) label").all_inner_texts()
    assert counts and not any(text.endswith("(0)") for text in counts), counts
    page.close()
