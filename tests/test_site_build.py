"""Building a real site from the three content folders: pages, URLs, escaping, drafts and embargoes."""

from __future__ import annotations

import re

import pytest


def test_each_section_lands_at_its_contract_url(site) -> None:
    site.item("posts/2024/2024-05-05-rent-relief.md", title="Rent relief passes")
    site.item("press/statement-on-raids.md", title="Statement on the raids", date="2025-11-03 10:00")
    site.item("toolkits/tenant-power.md", title="Tenant power toolkit", date="2023-02-01")

    result = site.build(strict=True)

    assert not result.failed, result.warnings
    assert "Rent relief passes" in result.page("blog/2024/05/rent-relief/")
    assert "Statement on the raids" in result.page("press/2025/11/statement-on-raids/")
    assert "Tenant power toolkit" in result.page("toolkits/tenant-power/")


def test_item_page_shows_date_section_issues_partners_summary_and_edit_link(site) -> None:
    site.write("newsroom.yml", "edit_url: https://github.com/example/site/edit/main\n")
    site.item(
        "posts/council-vote.md", title="Council vote", date="2024-03-09",
        issues=["Police Reform", "Democracy"], partners=["Community Safety Lab"],
        summary="Oversight is coming to Springfield.", body="The **vote** was 7 to 2.",
    )

    html = site.build(strict=True).page("blog/2024/03/council-vote/")

    assert "March 9, 2024" in html
    assert 'href="../../../../issues/police-reform/"' in html
    assert 'href="../../../../issues/democracy/"' in html
    assert 'href="../../../../partners/community-safety-lab/"' in html
    assert "Oversight is coming to Springfield." in html
    assert "<strong>vote</strong>" in html
    assert 'href="https://github.com/example/site/edit/main/posts/council-vote.md"' in html


def test_title_is_text_never_markup(site) -> None:
    title = 'Budget <script>alert("x")</script> & the "people\'s" plan'
    site.item("posts/budget.md", title=title, summary='Less <b>than</b> & "more"')

    html = site.build(strict=True).page("blog/2024/05/budget/")

    assert "<script>alert" not in html
    assert "<b>than</b>" not in html
    assert "Budget &lt;script&gt;alert(" in html
    head_title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert head_title.startswith("Budget &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; the")
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert h1 == "Budget &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; the &#34;people&#39;s&#34; plan"


def test_slug_field_overrides_file_name_and_title_edits_keep_url(site) -> None:
    site.item("posts/2024-05-05-draft-name.md", title="First title", slug="Rent Relief Vote")
    first = site.build(strict=True)
    assert first.exists("blog/2024/05/rent-relief-vote/")
    assert not first.exists("blog/2024/05/draft-name/")

    site.item("posts/2024-05-05-draft-name.md", title="An edited title", slug="Rent Relief Vote")
    assert "An edited title" in site.build(strict=True).page("blog/2024/05/rent-relief-vote/")


@pytest.mark.parametrize(
    ("date", "url_month"),
    [
        ("2024-06-01", "2024/06"),
        ("2024-06-01 00:30", "2024/06"),
        # 02:00 UTC on June 1 is still May 31 in New York.
        ("2024-06-01T02:00:00+00:00", "2024/05"),
        ("2024-12-31T23:30:00-08:00", "2025/01"),
    ],
)
def test_dates_land_in_the_month_of_the_site_time_zone(site, date: str, url_month: str) -> None:
    site.item("press/release.md", date=date)
    assert site.build(strict=True).exists(f"press/{url_month}/release/")


def test_folder_toolkit_builds_chapters_as_sub_pages(site) -> None:
    site.item("toolkits/right-to-counsel/index.md", title="Right to counsel", body="See [the ordinance](02-ordinance.md).")
    site.write("toolkits/right-to-counsel/01-the-problem.md", "---\ntitle: The problem\n---\n\nEvictions rose.\n")
    site.write("toolkits/right-to-counsel/02-ordinance.md", "---\ntitle: The ordinance\n---\n\nSection one.\n")

    result = site.build(strict=True)

    assert not result.failed, result.warnings
    index = result.page("toolkits/right-to-counsel/")
    assert 'href="ordinance/"' in index
    assert "Evictions rose." in result.page("toolkits/right-to-counsel/the-problem/")
    chapter = result.page("toolkits/right-to-counsel/ordinance/")
    assert "The ordinance" in chapter and "Right to counsel" in chapter
    assert not result.exists("toolkits/01-the-problem/")


def test_authors_resolve_from_the_settings(site) -> None:
    site.write("newsroom.yml", "authors:\n  maria-okafor:\n    name: Maria Okafor\n")
    site.item("posts/note.md", authors=["maria-okafor", "Council Member Ana Beltrán"])
    html = site.build(strict=True).page("blog/2024/05/note/")
    assert "Maria Okafor, Council Member Ana Beltrán" in html


# ---------------------------------------------------------------------------
# Drafts and embargoes


def test_drafts_and_embargoed_items_are_in_no_output_file_nor_the_search_index(site) -> None:
    site.item("posts/published.md", title="Published", body="Everyone may read this.")
    site.item("posts/secret-draft.md", title="Zanzibarquill draft", draft=True, body="zanzibarquill plans")
    site.item("press/embargoed.md", title="Quokkafrond report", date="2025-12-01",
              embargo="2026-02-01 09:00", body="quokkafrond findings")
    site.item("press/future.md", title="Marmotglyph launch", date="2026-03-01", body="marmotglyph")

    result = site.build(strict=True, now="2026-01-31 23:59")

    assert not result.failed, result.warnings
    assert result.exists("blog/2024/05/published/")
    for word in ("zanzibarquill", "Zanzibarquill", "quokkafrond", "Quokkafrond", "marmotglyph", "secret-draft", "embargoed"):
        assert result.files_mentioning(word) == [], word
    assert "published" in (result.site_dir / "sitemap.xml").read_text()
    assert any(path.startswith("pagefind/") for path in result.files_mentioning("Everyone"))


def test_embargoed_item_appears_once_the_clock_passes_its_embargo(site) -> None:
    site.item("press/embargoed.md", title="Quokkafrond report", date="2025-12-01",
              embargo="2026-02-01 09:00", body="quokkafrond findings")

    before = site.build(now="2026-02-01 08:59")
    assert before.files_mentioning("quokkafrond") == []

    after = site.build(now="2026-02-01T09:00:00-05:00")
    # The URL follows `date`, the moment of publication follows the embargo.
    assert "quokkafrond findings" in after.page("press/2025/12/embargoed/")
    assert "press/2025/12/embargoed/" in (after.site_dir / "sitemap.xml").read_text()
    assert any(path.startswith("pagefind/") for path in after.files_mentioning("quokkafrond"))


def test_local_preview_shows_drafts_with_a_banner_but_not_embargoed_items(site) -> None:
    site.item("posts/secret-draft.md", title="Draft plan", draft=True, body="zanzibarquill plans")
    site.item("press/embargoed.md", date="2025-12-01", embargo="2026-02-01 09:00", body="quokkafrond")

    result = site.build(preview=True, now="2026-01-01")

    html = result.page("blog/2024/05/secret-draft/")
    assert "nr-draft-banner" in html and "zanzibarquill plans" in html
    assert "Draft, preview only" in result.page("blog/")
    assert result.files_mentioning("quokkafrond") == []


def test_a_bad_build_clock_is_a_clear_error(site) -> None:
    site.item("posts/a.md")
    result = site.build(now="next tuesday")
    assert result.failed
    assert any("NEWSROOM_NOW" in w and "2024-05-05" in w for w in result.warnings)


def test_an_image_only_an_unpublished_item_shows_is_not_published(site) -> None:
    site.write("docs/images/cover.png", b"\x89PNG\r\n\x1a\nquokkacover")
    site.write("docs/images/shared.png", b"\x89PNG\r\n\x1a\nshared")
    site.item("press/report.md", date="2025-12-01", embargo="2026-02-01 09:00", image="/images/cover.png", image_alt="Report cover",
              body="![Shared chart](/images/shared.png)")
    site.item("posts/public.md", body="![Shared chart](/images/shared.png)")

    before = site.build(strict=True, now="2026-01-01")
    assert not (before.site_dir / "images/cover.png").exists()
    assert (before.site_dir / "images/shared.png").exists()

    after = site.build(strict=True, now="2026-02-01 09:00")
    assert (after.site_dir / "images/cover.png").exists()
