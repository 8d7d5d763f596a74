"""Links and pictures in bodies: checked alike by `newsroom check` and the strict build, withheld with their item.

Cases 05, 06, 12 and 22 of `tests/cases/messy/` are built for real, then other inputs of the
same kinds: every Markdown and HTML form of a link or picture, in footnotes, admonitions,
tables, HTML blocks and the chapters of folder toolkits.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

NOW = "2026-11-30 12:00"
AFTER_EMBARGO = "2026-12-04 12:00"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
EMBARGOED = {"date": "2026-12-03 09:00", "embargo": "2026-12-03 09:00"}


def check_and_strict(site, now: str = NOW):
    """`newsroom check` and `mkdocs build --strict` on the site: (check run, strict result)."""
    return site.check(now=now), site.build(strict=True, now=now)


def assert_both_fail_with(site, *expected: str, now: str = NOW) -> list[str]:
    """Check and the strict build both fail, each printing every `expected` message; no MkDocs repeat of them."""
    check, strict = check_and_strict(site, now)
    assert check.status == 1, check.out
    assert strict.failed, strict.warnings
    for text in expected:
        assert any(text in line for line in check.lines), (text, check.out)
        assert any(text in warning for warning in strict.warnings), (text, strict.warnings)
    assert not [w for w in strict.warnings if w.startswith("Doc file")], strict.warnings
    return strict.warnings


def assert_both_pass(site, now: str = NOW) -> None:
    check, strict = check_and_strict(site, now)
    assert check.status == 0, check.out
    assert not strict.failed, strict.warnings


def body_of(result, path: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(result.page(path)).find_class("nr-item__body")[0]


def built(result, rel: str) -> bool:
    return (result.site_dir / rel).is_file()


# ---------------------------------------------------------------------------
# Case 05: files only an embargoed release shows are published before the embargo


def test_files_only_an_embargoed_release_shows_wait_for_its_embargo(site) -> None:
    site.copy_case("messy/05-embargoed-attachments")
    files = ["images/shelter-report-cover.png", "images/shelter beds chart.png", "images/shelter-map.png",
             "files/winter-shelter-report-2026.pdf", "files/winter-shelter-annex.pdf"]

    assert_both_pass(site)
    before = site.build(now=NOW)
    assert [f for f in files if built(before, f)] == []
    assert not before.files_mentioning("winter-shelter")

    after = site.build(now=AFTER_EMBARGO)
    assert [f for f in files if not built(after, f)] == []
    body = body_of(after, "press/2026/12/winter-shelter-report/")
    shown = sorted(img.get("src") for img in body.iter("img"))
    assert shown == ["../../../../images/shelter%20beds%20chart.png", "../../../../images/shelter-map.png",
                     "../../../../images/shelter-report-cover.png"]
    assert sorted(a.get("href") for a in body.iter("a")) == [
        "../../../../files/winter-shelter-annex.pdf", "../../../../files/winter-shelter-report-2026.pdf"]


# ---------------------------------------------------------------------------
# Case 06: a picture a published post and an embargoed release both show


def test_a_picture_a_published_post_shows_is_published_though_an_embargoed_release_shows_it_too(site) -> None:
    site.copy_case("messy/06-shared-image-withheld")

    assert_both_pass(site)
    result = site.build(now=NOW)

    assert built(result, "images/shelter-survey-map.png")
    [img] = body_of(result, "blog/2026/11/shelter-survey-begins/").iter("img")
    assert img.get("src") == "../../../../images/shelter-survey-map.png"
    assert not result.exists("press/2026/12/winter-shelter-report/")


# ---------------------------------------------------------------------------
# Case 12 (the body and withholding side): a picture whose name has spaces


def test_a_picture_named_with_spaces_is_shown_percent_encoded_and_published(site) -> None:
    site.copy_case("messy/12-image-name-with-spaces")
    post = site.root / "posts/2026/2026-10-02-tenants-rally.md"
    # The case predates the rule that an image: needs its image_alt:.
    post.write_text(post.read_text().replace("image: ", 'image_alt: "Tenants on the steps"\nimage: '))

    assert_both_pass(site)
    result = site.build(now=NOW)

    assert built(result, "images/Tenant Rally 2026.png")
    [img] = body_of(result, "blog/2026/10/tenants-rally/").iter("img")
    assert img.get("src") == "../../../../images/Tenant%20Rally%202026.png"


@pytest.mark.parametrize("written", ["/images/Tenant Rally 2026.png", "/images/Tenant%20Rally%202026.png",
                                     "https://example.org/images/Tenant%20Rally%202026.png"])
def test_the_image_field_of_a_draft_keeps_its_picture_off_the_site_written_either_way(site, written: str) -> None:
    site.write("docs/images/Tenant Rally 2026.png", PNG)
    site.item("posts/2026/rally.md", "Tenants rallied.", date="2026-10-02", draft=True, image=written,
              image_alt="Tenants on the steps")

    assert_both_pass(site)
    assert not built(site.build(now=NOW), "images/Tenant Rally 2026.png")


# ---------------------------------------------------------------------------
# Case 22: broken links and pictures fail check as they fail the strict build


def test_broken_links_fail_check_and_the_strict_build_alike_at_their_line_with_the_fix(site) -> None:
    site.copy_case("messy/22-check-misses-broken-links")
    post = "posts/2026/2026-06-02-cooling-centers.md"

    assert_both_fail_with(
        site,
        f"{post}:7: link: '/toolkits/heat-plan.md' is a folder toolkit: link its index.md, /toolkits/heat-plan/index.md",
        f"{post}:7: link: '/posts/2025/2025-06-01-cooling.md' is not a page of this site: check the file's name",
        f"{post}:8: link: '/toolkits/' is a page the site makes, which has no file: link it as /toolkits/index.md",
        f"{post}:10: link: '/images/cooling-center.jpg' is not a file under docs/: put the picture in docs/images/ "
        "and link it as /images/cooling-center.jpg",
        "toolkits/heat-plan/index.md:9: link: 'cooling-map.png' is next to toolkits/heat-plan/index.md, not under "
        "docs/: move it to docs/images/cooling-map.png and link it as /images/cooling-map.png",
    )
    check = site.check(str(site.root / post), now=NOW)
    assert check.status == 1 and len([line for line in check.lines if line.startswith(post)]) == 4


def test_a_normal_build_publishes_the_page_without_its_broken_links_and_says_so(site) -> None:
    site.copy_case("messy/22-check-misses-broken-links")

    result = site.build(now=NOW)

    body = body_of(result, "blog/2026/06/cooling-centers/")
    assert body.text_content().split() == "See our heat toolkit and last year's post, or the toolkits page.".split()
    assert list(body.iter("a")) == [] and list(body.iter("img")) == []
    assert any("link: '/images/cooling-center.jpg'" in w and "published without it until it is fixed" in w
               for w in result.warnings)
    assert any("link: '/toolkits/'" in w and "the link's text without the link" in w for w in result.warnings)


# ---------------------------------------------------------------------------
# The whole kind: every form of link or picture, in every part of a body

FORMS = {
    # file under docs/ → how a body shows or links it
    "images/inline.png": "![A](/images/inline.png)",
    "images/titled.png": '![A](/images/titled.png "A title")',
    "images/ref-image.png": "![A][ref-image]\n\n[ref-image]: /images/ref-image.png",
    "files/ref report.pdf": "Read [the report][ref-report].\n\n[ref-report]: /files/ref%20report.pdf",
    "files/shortcut.pdf": "Read [shortcut].\n\n[shortcut]: /files/shortcut.pdf",
    "files/encoded name.pdf": "Read [it](/files/encoded%20name.pdf).",
    "images/angle bracket.png": "![A](</images/angle bracket.png>)",
    "images/raw.png": '<img src="/images/raw.png" alt="A map">',
    "files/raw-link.pdf": 'Read <a href="/files/raw-link.pdf">the annex</a>.',
    "files/block.pdf": '<div class="note">\n<a href="/files/block.pdf">The block</a>\n</div>',
    "images/srcset-2x.png": '<img src="/images/srcset-1x.png" srcset="/images/srcset-2x.png 2x" alt="A">',
    "images/srcset-1x.png": "",
    "images/poster.png": '<video controls poster="/images/poster.png">\n<source src="/files/clip.mp4" type="video/mp4">\n</video>',
    "files/clip.mp4": "",
    "files/sound.mp3": '<audio controls src="/files/sound.mp3"></audio>',
    "files/embedded.pdf": '<iframe src="/files/embedded.pdf" title="The report"></iframe>',
    "files/amp&sand.pdf": 'Read <a href="/files/amp&amp;sand.pdf">this</a>.',
    "files/full-address.pdf": "Read [it](https://example.org/files/full-address.pdf), the site's address pasted whole.",
    "files/footnote.pdf": "Shelters are short.[^1]\n\n[^1]: See [the annex](/files/footnote.pdf).",
    "images/admonition.png": '!!! note "The map"\n    ![A](/images/admonition.png)',
    "files/details.pdf": '??? info "Method"\n    Read [the method](/files/details.pdf).',
    "files/table.pdf": "| City | Source |\n|---|---|\n| Newark | [the count](/files/table.pdf) |",
    "images/table.png": "| City | Map |\n|---|---|\n| Newark | ![A](/images/table.png) |",
}
IMAGE_FIELD_FILE = "images/front matter.png"
CHAPTER_FILE = "images/chapter.png"


def write_forms(site, rel: str, **fields) -> None:
    for name in [*FORMS, IMAGE_FIELD_FILE, CHAPTER_FILE]:
        site.write(f"docs/{name}", PNG)
    site.item(rel, "\n\n".join(["The survey's files.", *filter(None, FORMS.values())]), **fields,
              image="/images/front%20matter.png", image_alt="A chart")


def written_files(result) -> list[str]:
    return [name for name in [*FORMS, IMAGE_FIELD_FILE, CHAPTER_FILE] if built(result, name)]


def test_every_form_of_link_or_picture_keeps_an_embargoed_items_files_off_the_site_until_its_embargo(site) -> None:
    write_forms(site, "press/2026/winter-report.md", **EMBARGOED)
    site.item("toolkits/winter-plan/index.md", "The plan, in chapters.", **EMBARGOED)
    site.write("toolkits/winter-plan/01-costs.md", "---\ntitle: Costs\n---\n\n![A chart](/images/chapter.png)\n")

    assert_both_pass(site)
    before = site.build(now=NOW)
    assert written_files(before) == []

    after = site.build(now=AFTER_EMBARGO)
    assert written_files(after) == sorted([*FORMS, IMAGE_FIELD_FILE, CHAPTER_FILE], key=[*FORMS, IMAGE_FIELD_FILE, CHAPTER_FILE].index)
    assert_every_address_leads_to_a_built_file(after, "press/2026/12/winter-report/")


def test_a_file_a_published_item_shows_in_any_form_is_published_though_an_embargoed_item_shows_it_too(site) -> None:
    write_forms(site, "posts/2026/survey.md", date="2026-11-01")
    site.write("docs/index.md", "# Fixture Network\n\n![The chapter's chart](images/chapter.png)\n")
    inline = "\n\n".join(f"[{name}](/{name.replace(' ', '%20')})" for name in [*FORMS, CHAPTER_FILE])
    site.item("press/2026/winter-report.md", inline, **EMBARGOED, image="/images/front matter.png", image_alt="A")

    assert_both_pass(site)
    result = site.build(now=NOW)

    assert written_files(result) == [*FORMS, IMAGE_FIELD_FILE, CHAPTER_FILE]
    assert_every_address_leads_to_a_built_file(result, "blog/2026/11/survey/")


def assert_every_address_leads_to_a_built_file(result, path: str) -> None:
    from urllib.parse import unquote, urljoin, urlsplit

    body = body_of(result, path)
    addresses = [value for element in body.iter() for attribute in ("href", "src", "poster", "srcset")
                 if (value := element.get(attribute)) and not value.startswith("#")]
    assert addresses
    for address in addresses:
        url = address.split()[0]
        if url.startswith(("https:", "mailto:", "tel:")):
            continue
        target = urlsplit(urljoin(f"https://example.org/{path}", url)).path
        file = result.site_dir / unquote(target).lstrip("/")
        assert (file / "index.html" if target.endswith("/") else file).is_file(), (address, path)


# ---------------------------------------------------------------------------
# The whole kind: each way a link can be wrong, wherever it is written

BAD = "posts/2026/bad.md"
BROKEN = {
    "in a footnote": ("Shelters are short.[^1]\n\n[^1]: See [the plan](/files/missing-plan.pdf).",
                      "/files/missing-plan.pdf", "is not a file under docs/: put the file in docs/files/ "
                      "and link it as /files/missing-plan.pdf"),
    "in an admonition": ('!!! note "Map"\n    ![A map](/images/missing-map.png)', "/images/missing-map.png",
                         "put the picture in docs/images/ and link it as /images/missing-map.png"),
    "in a table": ("| City | Source |\n|---|---|\n| Newark | [count](/files/missing-count.pdf) |",
                   "/files/missing-count.pdf", "is not a file under docs/"),
    "in an HTML block": ('<div class="note">\n<a href="/files/missing-block.pdf">annex</a>\n</div>',
                         "/files/missing-block.pdf", "is not a file under docs/"),
    "a raw picture": ('<img src="/images/missing-raw.png" alt="A map">', "/images/missing-raw.png",
                      "is not a file under docs/: put the picture in docs/images/"),
    "a reference at its definition": ("Read [the report][r].\n\nMore.\n\n[r]: /files/missing-ref.pdf",
                                      "[r]: /files/missing-ref.pdf", "'/files/missing-ref.pdf' is not a file"),
    "a javascript: link": ("[Click](javascript:alert(1))", "javascript:alert(1)",
                           "'javascript:alert(1)' is not an address a page may use"),
    "a javascript: link in HTML": ('<a href="JavaScript:void(0)">Click</a>', "JavaScript:void(0)",
                                   "is not an address a page may use: links start with https://"),
    "a data: picture": ("![A](data:image/png;base64,iVBORw0KGgo=)", "data:image/png",
                        "'data:image/png;base64,iVBORw0KGgo=' is not an address a page may use"),
    "two slashes": ("![A](//images/logo.png)", "//images/logo.png",
                    "'//images/logo.png' starts with two slashes, which browsers read as the web site 'images'"),
    "an item's address": ("[Target](/blog/2026/06/target/)", "/blog/2026/06/target/",
                          "is the address of posts/2026/target.md: link the file instead, /posts/2026/target.md"),
    "a listing's address": ("[Climate](/issues/climate/)", "/issues/climate/",
                            "is a page the site makes, which has no file: link it as /issues/climate/index.md"),
    "a hand-written page's address": ("[About](/about/)", "/about/", "link the file instead, /about.md"),
    "a heading of this page": ("## Rent relief\n\nSee [above](#rent-releif).", "#rent-releif",
                               "is not a heading or anchor of this page. Did you mean '#rent-relief'?"),
    "a heading of another page": ("See [it](/posts/2026/target.md#counsel)", "target.md#counsel",
                                  "posts/2026/target.md has no heading or anchor 'counsel'. Did you mean '#right-to-counsel'?"),
    "an embargoed item": ("See [the report](/press/2026/secret.md).", "/press/2026/secret.md",
                          "is press/2026/secret.md, which is not published until 2026-12-03 09:00"),
    "a draft": ("See [the draft](/posts/2026/unfinished.md).", "/posts/2026/unfinished.md",
                "is posts/2026/unfinished.md, which is a draft"),
    "a page from the wrong folder": ("See [it](posts/2026/target.md).", "posts/2026/target.md",
                                     "is read from this file's folder: write it from the repository's root, /posts/2026/target.md"),
    "docs/ in the path": ("![A](/docs/images/there.png)", "/docs/images/there.png",
                          "names the file with its docs/ folder: write it without, /images/there.png"),
    "other capitals": ("![A](/images/There.png)", "/images/There.png", "Did you mean '/images/there.png'?"),
    "an empty address": ("See [this]().", "[this]()", "a link with an empty address leads nowhere"),
}


def write_neighbours(site) -> None:
    site.item("posts/2026/target.md", "## Right to counsel\n\nText.", date="2026-06-01")
    site.item("press/2026/secret.md", "Embargoed.", **EMBARGOED)
    site.item("posts/2026/unfinished.md", "Not yet.", date="2026-06-01", draft=True)
    site.write("docs/about.md", "# About\n\nWho we are.\n")
    site.write("docs/images/there.png", PNG)


def line_in(path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), start=1) if text in line)


@pytest.mark.parametrize("kind", list(BROKEN))
def test_each_kind_of_broken_link_fails_check_and_the_strict_build_at_its_line(site, kind: str) -> None:
    body, written, message = BROKEN[kind]
    write_neighbours(site)
    path = site.item(BAD, body, date="2026-06-02")

    assert_both_fail_with(site, f"{BAD}:{line_in(path, written)}: link: ", message)


def test_a_chapter_and_a_hand_written_page_are_checked_too(site) -> None:
    write_neighbours(site)
    index = site.item("toolkits/heat-plan/index.md", "See [costs](01-costs.md) and\n[the next](02-next.md).",
                      date="2026-06-01")
    site.write("toolkits/heat-plan/01-costs.md", "---\ntitle: Costs\n---\n\nIntro.\n\n![A](/images/gone.png)\n")
    site.write("docs/about.md", "# About\n\nWho we are.\n\nOur [founding statement](/press/2026/founding.md).\n")

    assert_both_fail_with(
        site,
        f"toolkits/heat-plan/index.md:{line_in(index, '02-next')}: link: '02-next.md' is not a page of this site",
        "toolkits/heat-plan/01-costs.md:7: link: '/images/gone.png' is not a file under docs/",
        "docs/about.md:5: link: '/press/2026/founding.md' is not a page of this site",
    )


def test_a_refused_address_never_reaches_a_page_of_a_build_that_goes_on(site) -> None:
    site.item("posts/2026/click.md", '[Click](javascript:alert(1)) and <a href="vbscript:x">this</a>.\n\n'
                                     "![A](data:image/svg+xml;base64,PHN2Zz4=)", date="2026-06-02")

    result = site.build(now=NOW)

    page = lxml_html.fromstring(result.page("blog/2026/06/click/"))
    addresses = [value for element in page.iter() for name, value in element.items()
                 if name in ("href", "src", "srcset", "data", "poster")]
    assert addresses and not [a for a in addresses if a.lower().startswith(("javascript:", "vbscript:", "data:"))]
    assert "Click and this." in body_of(result, "blog/2026/06/click/").text_content()


# ---------------------------------------------------------------------------
# Links written as the guide says are accepted, and lead where they should


def test_links_written_as_the_guide_says_pass_and_lead_to_built_pages(site) -> None:
    write_neighbours(site)
    site.write("docs/images/rally.png", PNG)
    site.item("toolkits/heat-plan/index.md", "Read [the costs](01-costs.md).\n\n## Local heading", date="2026-06-01")
    site.write("toolkits/heat-plan/01-costs.md",
               "---\ntitle: Costs\n---\n\nBack to [the plan](index.md#local-heading).\n")
    site.item(BAD, "\n\n".join([
        "See [the plan](/toolkits/heat-plan/index.md), [its costs](/toolkits/heat-plan/01-costs.md),",
        "[counsel](/posts/2026/target.md#right-to-counsel), [a neighbour](target.md) and [About](/about.md).",
        "All [toolkits](/toolkits/index.md), the [climate page](/issues/climate/index.md), the [home page](/index.md).",
        "Subscribe to [the press feed](/press/feed.xml) or [everything](/atom.xml).",
        'Write to <a href="mailto:press@example.org">the press office</a> or [call](tel:+15555550100), '
        "read <https://www.hud.gov/report> or [below](#further).",
        '<a href="/posts/2026/target.md">In HTML too</a>, <img src="/images/rally.png" alt="A rally">',
        "![A rally](/images/rally.png)\n\n## Further",
    ]), date="2026-06-02")

    assert_both_pass(site)
    result = site.build(now=NOW)

    assert_every_address_leads_to_a_built_file(result, "blog/2026/06/bad/")
    assert_every_address_leads_to_a_built_file(result, "toolkits/heat-plan/costs/")
    hrefs = [a.get("href") for a in body_of(result, "blog/2026/06/bad/").iter("a")]
    assert "../../../../toolkits/heat-plan/" in hrefs and "../target/#right-to-counsel" in hrefs
    assert "mailto:press@example.org" in hrefs and "tel:+15555550100" in hrefs and "#further" in hrefs


def test_a_chapter_keeps_its_outline_and_a_docs_page_its_links(site) -> None:
    site.write("docs/images/rally.png", PNG)
    site.write("docs/about.md", '# About\n\n<img src="/images/rally.png" alt="A rally"> [Home](index.md)\n')
    site.item("toolkits/heat-plan/index.md", "The plan.", date="2026-06-01")
    site.write("toolkits/heat-plan/01-steps.md",
               "---\ntitle: Steps\n---\n\nIntro.\n\n## First step\n\nText.\n\n## Second step\n\nMore.\n")

    result = site.build(strict=True, now=NOW)

    assert not result.failed, result.warnings
    # The outline is made from the page's table of contents, which the loader's rendering gives MkDocs.
    outline = lxml_html.fromstring(result.page("toolkits/heat-plan/steps/")).xpath("//nav[@class='nr-outline']//a/@href")
    assert outline == ["#first-step", "#second-step"]
    about = lxml_html.fromstring(result.page("about/"))
    assert about.xpath("//img[@alt='A rally']/@src") == ["../images/rally.png"]
