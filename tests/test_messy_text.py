"""Messy but meant, for the text a reader sees: slugs, URLs, feed ids, summaries and unfinished items.

Each case of `tests/cases/messy/` (08, 11, 12, 15, 19, 20) is built for real: `newsroom check` and
`mkdocs build --strict` must agree on it, and the files a reader, a feed reader or a social network
gets are read back. Other inputs of the same kinds follow each case.
"""

from __future__ import annotations

import json
from urllib.parse import unquote

import feedparser
import lxml.html
import pytest
import yaml

from newsroom.cli import main

NOW = "2026-11-30 12:00"


def refused_alike(site, *expected: str) -> list[str]:
    """Check and the strict build both fail, each naming every `expected` text; gives the build's warnings."""
    check = site.check(now=NOW)
    result = site.build(strict=True, now=NOW)
    assert check.status == 1 and result.failed, (check.out, result.warnings)
    for text in expected:
        assert any(text in line for line in check.lines), (text, check.out)
        assert any(text in warning for warning in result.warnings), (text, result.warnings)
    return result.warnings


def accepted_alike(site):
    """Check says OK and the strict build passes; gives the check's output and the build."""
    check = site.check(now=NOW)
    result = site.build(strict=True, now=NOW)
    assert check.status == 0, check.out
    assert not result.failed, result.warnings
    return check, result


def head_meta(html: str) -> dict[str, str]:
    """The page's meta tags by property or name, and its JSON-LD."""
    tree = lxml.html.fromstring(html)
    found = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
    found["json-ld"] = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    return found


def new(site, *args: str, capsys) -> tuple[int, str, str]:
    """Run `newsroom new ARGS` in the repository; gives its status, output and errors."""
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(site.config), encoding="utf-8")
    capsys.readouterr()
    status = main(["new", "--root", str(site.root), *args])
    out, err = capsys.readouterr()
    return status, out, err


# ---------------------------------------------------------------------------
# Case 08: slugs from other scripts, emoji and accented letters


def test_case_08_a_cyrillic_file_name_is_refused_with_its_transliteration_as_the_fix(site) -> None:
    site.copy_case("messy/08-non-latin-slugs")

    warnings = refused_alike(
        site,
        "posts/2026/2026-09-02-жилье-для-всех.md:1: file: 'жилье-для-всех' is not written in Latin letters",
        "add a field such as slug: zhile-dlia-vsekh",
    )
    assert len([w for w in warnings if "is not written in Latin letters" in w]) == 1

    result = site.build(now=NOW)
    assert not result.failed
    for url in ("blog/2026/09/homes-now/", "press/2026/09/strassenbahn-fur-alle/",
                "press/2026/09/housing-is-a-human-right/", "partners/union-de-inquilinos-de-da-nang-street/",
                "partners/comite-de-defense-des-locataires/"):
        assert result.exists(url), url
    assert "Жильё для всех" not in "".join(result.files_mentioning("Жильё"))
    assert not result.files_mentioning("Жильё")
    assert any("left out" in w and "жилье" in w for w in result.warnings)


@pytest.mark.parametrize(("name", "url"), [
    ("2026-09-06-þingvellir-ðà-nẵng.md", "blog/2026/09/thingvellir-da-nang/"),
    ("2026-09-06-Łódź-Œuvre-Straße.md", "blog/2026/09/lodz-oeuvre-strasse/"),
    ("2026-09-06-peñasco-workers’-rights.md", "blog/2026/09/penasco-workers-rights/"),
    ("2026-09-06-✊-rent-strike-✊.md", "blog/2026/09/rent-strike/"),
])
def test_latin_letters_are_transliterated_never_dropped(site, name: str, url: str) -> None:
    site.write(f"posts/2026/{name}", "---\ntitle: T\ndate: 2026-09-06\nissues: [Climate]\n---\n\nText.\n")

    _, result = accepted_alike(site)

    assert result.exists(url)


@pytest.mark.parametrize(("name", "slug_line", "expected"), [
    ("2026-09-06-δήμος.md", "", "posts/2026/2026-09-06-δήμος.md:1: file: 'δήμος' is not written in Latin letters"),
    ("2026-09-06-مسكن.md", "", "file: 'مسكن' is not written in Latin letters"),
    ("2026-09-06-rent.md", "slug: жильё\n", "posts/2026/2026-09-06-rent.md:5: slug: 'жильё' is not written in "
                                             "Latin letters, and a web address must be: change it to slug: zhilio"),
    ("2026-09-06-rent.md", f"slug: {'very-long-' * 12}end\n", "posts/2026/2026-09-06-rent.md:5: slug: gives a "
                                                              "web address 123 characters long"),
])
def test_other_scripts_and_overlong_slugs_are_refused_naming_the_fix(site, name, slug_line, expected) -> None:
    site.write(f"posts/2026/{name}",
               f"---\ntitle: T\ndate: 2026-09-06\nissues: [Climate]\n{slug_line}---\n\nText.\n")

    refused_alike(site, expected)


def test_a_partner_named_in_another_script_gets_a_transliterated_page(site) -> None:
    site.write("posts/2026/rent.md", "---\ntitle: T\ndate: 2026-09-06\nissues: [Climate]\n"
                                     "partners: ['中华进步会', 'Союз жильцов']\n---\n\nText.\n")

    _, result = accepted_alike(site)

    assert "中华进步会" in result.page("partners/zhong-hua-jin-bu-hui/")
    assert "Союз жильцов" in result.page("partners/soiuz-zhiltsov/")


@pytest.mark.parametrize(("title", "suggestion"), [
    ("住房是人权", "--slug zhu-fang-shi-ren-quan"),
    ("Жильё для всех", "--slug zhilio-dlia-vsekh"),
])
def test_new_with_a_title_in_another_script_says_to_give_a_slug_and_writes_nothing(site, capsys, title,
                                                                                     suggestion) -> None:
    status, out, err = new(site, "press", title, "--issue", "Affordable Housing", "--date", "2026-09-06 09:00",
                           capsys=capsys)

    assert status == 1 and out == ""
    assert err.startswith(f"newsroom new: the title '{title}' is not written in Latin letters")
    assert suggestion in err and "Traceback" not in err
    assert not (site.root / "press").exists()


def test_new_with_a_slug_makes_a_usable_item_for_any_title(site, capsys) -> None:
    status, out, err = new(site, "press", "住房是人权", "--issue", "Affordable Housing", "--date",
                           "2026-09-06 09:00", "--slug", "Housing Is a Human Right", capsys=capsys)

    assert status == 0, err
    path = site.root / "press/2026/2026-09-06-housing-is-a-human-right.md"
    assert "https://example.org/press/2026/09/housing-is-a-human-right/" in out
    front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert front["title"] == "住房是人权" and front["draft"] is True


@pytest.mark.parametrize(("slug", "expected"), [
    ("жильё", "--slug 'жильё': a web address is written in Latin letters, digits and hyphens, e.g. --slug zhilio"),
    ("🏠", "--slug '🏠': a web address is written in Latin letters"),
    ("x" * 120, "--slug is 120 characters long"),
])
def test_new_refuses_a_slug_the_build_would_refuse(site, capsys, slug: str, expected: str) -> None:
    status, _, err = new(site, "post", "Rent", "--issue", "Climate", "--slug", slug, capsys=capsys)

    assert status == 1
    assert expected in err
    assert not (site.root / "posts").exists()


# ---------------------------------------------------------------------------
# Case 19: a very long headline


LONG_TITLE = ("Photo Essay: Twelve Thousand Residents March From the Riverfront to City Hall to Demand That the "
              "Council Fund the Right to Counsel, Extend the Eviction Moratorium Through the Winter, and Open "
              "Every Library as a Warming Center Before the First Freeze Arrives in the Last Week of November")


def test_case_19_a_long_headline_builds_and_new_gives_it_a_short_slug(site, capsys) -> None:
    site.copy_case("messy/19-long-title")
    accepted_alike(site)
    assert len(LONG_TITLE) > 250

    status, out, err = new(site, "post", LONG_TITLE, "--issue", "Affordable Housing", "--date",
                           "2026-10-31 12:00", capsys=capsys)

    assert status == 0, err
    [path] = [p for p in (site.root / "posts/2026").iterdir() if p.name != "2026-10-31-march-photo.md"]
    slug = path.stem.removeprefix("2026-10-31-")
    assert slug == "photo-essay-twelve-thousand-residents-march"
    assert len(slug) <= 60
    assert f"https://example.org/blog/2026/10/{slug}/" in out
    assert "--slug" in out  # the note says how to choose another
    assert yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["title"] == LONG_TITLE


@pytest.mark.parametrize("title", [
    "Ä" * 300,  # one word, two bytes a letter: cut mid-word
    " ".join(["Straßenbahnverkehrsbetriebe"] * 20),
    "Rent " * 100,
])
def test_new_never_writes_a_file_name_too_long_for_the_disk(site, capsys, title: str) -> None:
    status, out, err = new(site, "post", title, "--issue", "Climate", "--date", "2026-10-31", capsys=capsys)

    assert status == 0, err
    [path] = list((site.root / "posts/2026").iterdir())
    assert len(path.name) <= 60 + len("2026-10-31-.md")
    assert "Traceback" not in err


def test_new_says_what_went_wrong_when_it_cannot_write_never_a_traceback(site, capsys) -> None:
    site.write("posts", "a file where the posts folder should be\n")

    status, out, err = new(site, "post", "Rent relief", "--issue", "Climate", "--date", "2026-10-31", capsys=capsys)

    assert status == 1
    assert err.startswith("newsroom new: could not use ")
    assert "posts" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_any_unexpected_error_is_one_plain_line(site, capsys, monkeypatch) -> None:
    import newsroom.cli_new

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(newsroom.cli_new, "new_item", broken)
    status, out, err = new(site, "post", "Rent relief", "--issue", "Climate", capsys=capsys)

    assert status == 1
    assert err == ("newsroom new: stopped by an unexpected error (RuntimeError: disk on fire). Nothing else was "
                   "changed; please report this, with the command you ran.\n")


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


# ---------------------------------------------------------------------------
# Case 11: the default summary is the first paragraph as a reader sees it


def summaries_everywhere(result, url: str) -> dict[str, str]:
    """An item's summary as each reader meets it: its card in its section, its meta tags and its entry in each feed."""
    link = f"https://example.org/{url}"
    meta = head_meta(result.page(url))
    cards = {" ".join(card.find_class("nr-card__title")[0].text_content().split()):
             card.find_class("nr-card__summary")[0].text_content()
             for card in lxml.html.fromstring(result.page(url.split("/")[0] + "/")).find_class("nr-card")
             if card.find_class("nr-card__summary")}
    rss = next(e for e in feedparser.parse(str(result.site_dir / "feed.xml")).entries if e.link == link)
    atom = next(e for e in feedparser.parse(str(result.site_dir / "atom.xml")).entries if e.link == link)
    json_feed = next(i for i in json.loads((result.site_dir / "feed.json").read_text(encoding="utf-8"))["items"]
                     if i["url"] == link)
    return {
        "card": cards.get(rss.title, ""), "description": meta["description"], "og": meta["og:description"],
        "twitter": meta["twitter:description"], "json-ld": meta["json-ld"]["description"],
        "rss": rss.summary, "atom": atom.summary, "json": json_feed["summary"],
    }


def test_case_11_summaries_are_plain_text_of_the_first_prose_paragraph(site) -> None:
    site.copy_case("messy/11-default-summary-markup")

    check, result = accepted_alike(site)

    expected = {
        "blog/2026/07/eviction-filings-fall/":
            "Filings fell by nearly a third in the first year after counsel began. Landlords *still* file in bulk "
            "-- but far fewer cases end in a judgment, and tenants & their families stay housed.",
        "blog/2026/07/budget-hearing-moved/":
            "The council's budget hearing on the housing trust fund will now take place on Thursday evening.",
        # Written by the author: text exactly as written, as the title is; check says how it shows.
        "blog/2026/07/we-won-the-vote/":
            "The council **passed** paid sick leave 7–2 after a [two-year campaign](https://example.org/campaign).",
    }
    for url, summary in expected.items():
        assert set(summaries_everywhere(result, url).values()) == {summary}, url
    # The page leads with a summary its author wrote; a default one would only repeat the first paragraph.
    leads = {url: [p.text_content() for p in lxml.html.fromstring(result.page(url)).find_class("nr-item__summary")]
             for url in expected}
    assert list(leads.values()) == [[], [], [expected["blog/2026/07/we-won-the-vote/"]]]
    assert check.lines[0] == (
        "posts/2026/2026-07-10-we-won-the-vote.md:5: summary: warning: is shown exactly as written in listings, "
        "feeds and social cards, so readers would see its Markdown or HTML: write it as plain text, e.g. "
        'summary: "The council passed paid sick leave 7–2 after a two-year campaign."')
    assert "1 warning above" in check.out


SUMMARY_BODIES = {
    "html-and-entities": ("Rent <em>relief</em> &mdash; now, Fish &amp; chips &copy; Tom &amp;amp; Jerry.",
                          "Rent relief — now, Fish & chips © Tom &amp; Jerry."),
    "footnotes-links-code": ("Counsel works[^a], says [the study](https://example.org/s) and `data` at "
                             "<https://example.org/x>.\n\n[^a]: A note.",
                             "Counsel works, says the study and data at https://example.org/x."),
    "details-first": ('??? note "Correction"\n    An aside.\n\nThe first real paragraph.',
                      "The first real paragraph."),
    "heading-quote-list-first": ("## Heading\n\n> A quote.\n\n- a list\n\n| a |\n|---|\n| b |\n\n"
                                 "Prose at last,\nacross two lines.", "Prose at last, across two lines."),
    "raw-html-block-first": ('<div class="aside">An aside in HTML.</div>\n\nThe prose.', "The prose."),
    "no-paragraph": ("- only\n- a list", ""),
}


def test_default_summaries_skip_markup_of_every_kind(site) -> None:
    for n, (name, (body, _)) in enumerate(SUMMARY_BODIES.items(), start=1):
        site.write(f"posts/2026/{name}.md", f"---\ntitle: T{n}\ndate: 2026-07-{n:02}\nissues: [Climate]\n---\n\n"
                                            f"{body}\n")

    _, result = accepted_alike(site)

    feed = {item["url"]: item for item in
            json.loads((result.site_dir / "feed.json").read_text(encoding="utf-8"))["items"]}
    for n, (name, (_, summary)) in enumerate(SUMMARY_BODIES.items(), start=1):
        url = f"blog/2026/07/{name}/"
        assert feed[f"https://example.org/{url}"]["summary"] == summary, name
        if summary:  # without one, the page describes itself with the site's description
            assert head_meta(result.page(url))["description"] == summary, name


# ---------------------------------------------------------------------------
# Case 20: unfinished items stay off the site


PLACEHOLDER_PROBLEMS = [
    ("16", "CITY, STATE —"), ("16", "today announced ..."),
    ("18", "A quote from a member or partner, in their own words."),
    ("20", "Council Member Name, City, State"), ("24", "Details, figures and what the Network is calling for."),
]


def test_case_20_placeholder_text_and_an_empty_body_are_refused_and_left_out(site) -> None:
    site.copy_case("messy/20-unfinished-items-published")
    release = "press/2026/2026-10-29-members-respond-to-the-court-ruling.md"

    refused_alike(
        site,
        *(f"{release}:{line}: text: still shows '{text}', placeholder text from newsroom new: replace it with the "
          "item's own words, or keep draft: true until it is written" for line, text in PLACEHOLDER_PROBLEMS),
        "press/2026/2026-10-30-placeholder-statement.md:6: text: is empty: write the item's text below the front "
        "matter (after its second ---), or keep draft: true until it is written",
    )

    result = site.build(now=NOW)
    assert not result.failed
    assert not result.exists("press/2026/10/members-respond-to-the-court-ruling/")
    assert not result.exists("press/2026/10/placeholder-statement/")
    for words in ("Council Member Name", "CITY, STATE", "Statement on the Ruling", "Respond to the Court"):
        assert result.files_mentioning(words) == [], words
    assert len([w for w in result.warnings if "left out of the site" in w]) == 6


@pytest.mark.parametrize("kind", ["post", "press", "toolkit"])
def test_a_new_item_is_a_draft_and_undrafted_unchanged_it_is_refused(site, capsys, kind: str) -> None:
    status, out, err = new(site, kind, "Rent relief", "--issue", "Climate", "--date", "2026-10-01", capsys=capsys)
    assert status == 0, err
    [path] = [p for folder in ("posts", "press", "toolkits") for p in (site.root / folder).rglob("*.md")]

    check = site.check(now=NOW)
    assert check.status == 0, check.out
    rel = path.relative_to(site.root).as_posix()
    assert check.lines[0] == (f"{rel}:9: draft: warning: this item is a draft, so merging it publishes nothing: "
                              "delete the line draft: true when it is ready to publish, or leave it if the pull "
                              "request is meant to keep it a draft")
    published = site.build(strict=True, now=NOW)
    assert not published.failed and not published.files_mentioning("Rent relief")

    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")
    warnings = refused_alike(site, f"{rel}:")
    problems = [w for w in warnings if w.startswith(rel)]
    assert problems and all("placeholder text from newsroom new" in w for w in problems)


def test_every_placeholder_is_in_a_scaffold_body_and_found_in_it() -> None:
    from newsroom.markdown_render import BodyRenderer
    from newsroom.scaffold import KINDS, PLACEHOLDERS, body
    from newsroom.unfinished import placeholders_in

    renderer = BodyRenderer(["toc", "tables", "fenced_code", "admonition", "footnotes"])
    found = [text for section in KINDS.values() for text in placeholders_in(renderer.render(body(section)).root)]

    assert sorted(found) == sorted(PLACEHOLDERS)


@pytest.mark.parametrize(("body", "problem"), [
    ("<!-- Only a comment: nothing a reader sees. -->", "text: is empty"),
    ("   \n\n", "text: is empty"),
    ("Our statement.\n\n> — Council Member Name, City, State", "still shows 'Council Member Name, City, State'"),
    ("Read [the model](https://example.org/model-ordinance).", "still shows 'https://example.org/model-ordinance'"),
])
def test_other_unfinished_bodies_are_refused(site, body: str, problem: str) -> None:
    site.write("posts/2026/a.md", f"---\ntitle: T\ndate: 2026-10-01\nissues: [Climate]\n---\n\n{body}\n")

    refused_alike(site, "posts/2026/a.md:", problem)


def test_finished_drafts_pictures_and_comments_are_not_unfinished(site) -> None:
    site.copy_case("messy/19-long-title")
    site.write("posts/2026/photo.md", "---\ntitle: Photo\ndate: 2026-10-01\nissues: [Climate]\n---\n\n"
                                      "![Marchers on the bridge](/images/march-photo.png)\n")
    site.write("posts/2026/comment.md", "---\ntitle: C\ndate: 2026-10-01\nissues: [Climate]\n---\n\n"
                                        "<!-- Was: CITY, STATE — The Municipal Justice Network today announced ... -->"
                                        "\n\nOur own words.\n")
    site.write("posts/2026/draft.md", "---\ntitle: D\ndate: 2026-10-01\nissues: [Climate]\ndraft: true\n---\n\n"
                                      "**CITY, STATE —** The Network today announced ...\n")
    site.write("toolkits/kit/index.md", "---\ntitle: Kit\ndate: 2026-10-01\nissues: [Climate]\n---\n\nIntro.\n")
    site.write("toolkits/kit/01-one.md", "---\ntitle: One\n---\n\nThe first thing a council should do.\n")

    warnings = refused_alike(site, "toolkits/kit/01-one.md:5: text: still shows 'The first thing a council should "
                                   "do.'")

    assert len(warnings) == 1, warnings


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
        # The only item leads the home page.
        summary = page.locator(".nr-card__summary, .nr-lead__summary").first.inner_text()
        assert summary == ("Hundreds of tenants & neighbours filled the steps of City Hall to demand a *real* "
                           "rent freeze.")
        page.close()
