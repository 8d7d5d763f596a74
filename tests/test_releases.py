"""Press releases as journalists expect them: the header, the contacts, the dateline, the end mark and the
one boilerplate of data/media.yml (site contract, "Press releases as journalists expect them")."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest

from readers import words, valid_atom

MEDIA_YML = """\
contacts:
  - name: Alex Moreno
    role: Press Secretary
    email: press@example.org
    phone: +1 202 555 0143
  - name: Sam Okoye
    key: sam
    role: Communications Director
    email: sam.okoye@example.org
spokespeople:
  - name: Priya Raman
    role: Senior Policy Counsel
    issues: [Immigrant Rights]
    email: priya@example.org
    phone: (312) 555-0186
  - name: Council Member Teresa Albright
    key: teresa-albright
    role: Co-chair, Public Safety Working Group
    issues: [Public Safety]
boilerplate: |-
  The Fixture Network unites local officials for housing & justice.

  It was founded in 2024.
"""
RELEASE = "press/2026/2026-03-02-welcoming-pledge.md"
RELEASE_URL = "press/2026/03/welcoming-pledge/"
BODY = """\
<!-- a comment an author left -->

More than 600 local officials today signed the pledge.

## What it says

The pledge keeps local data out of federal enforcement.
"""


def write_site(site, media: str = MEDIA_YML, **fields) -> None:
    site.write("data/media.yml", media)
    fields.setdefault("dateline", "Chicago, Ill.")
    fields.setdefault("contacts", ["sam", "priya-raman"])
    site.item(RELEASE, body=BODY, title="Officials pledge to protect immigrant neighbors", date="2026-03-02 11:00",
              issues=["Immigrant Rights"], **fields)
    site.item("press/2026/2026-01-10-plain.md", title="A plain release", date="2026-01-10", issues=["Democracy"])
    site.item("posts/2026/2026-02-01-post.md", title="A post", date="2026-02-01", issues=["Democracy"])


def test_a_release_shows_header_contacts_dateline_end_mark_and_the_one_boilerplate(site) -> None:
    write_site(site)

    result = site.build(strict=True, now="2026-03-10")

    assert not result.failed, result.warnings
    page = lxml.html.fromstring(result.page(RELEASE_URL))
    header, = page.find_class("nr-release-header")
    assert words(header).startswith("FOR IMMEDIATE RELEASE March 2, 2026 Contacts")
    contacts = [words(li) for li in header.find_class("nr-release-contact")]
    assert contacts == ["Sam Okoye, Communications Director sam.okoye@example.org",
                        "Priya Raman, Senior Policy Counsel priya@example.org · (312) 555-0186"]
    links = [a.get("href") for a in header.iter("a")]
    assert links == ["mailto:sam.okoye@example.org", "mailto:priya@example.org", "tel:3125550186"]
    # The header comes before the headline, the dateline runs into the first paragraph of the text.
    html = result.page(RELEASE_URL)
    assert html.index("FOR IMMEDIATE RELEASE") < html.index("<h1>")
    body, = page.find_class("nr-item__body")
    first = body.xpath(".//p")[0]
    assert words(first) == "CHICAGO, ILL., March 2, 2026 — More than 600 local officials today signed the pledge."
    assert first[0].tag == "strong" and first[0].get("class") == "nr-dateline"
    end, = page.find_class("nr-release-end")
    mark, = end.find_class("nr-release-end__mark")
    assert mark[0].text == "###" and mark[0].get("aria-hidden") == "true" and words(mark[1]) == "End of release"
    assert words(end).endswith("End of release About the Fixture Network "
                              "The Fixture Network unites local officials for housing & justice. It was founded in 2024.")
    assert html.count("unites local officials") == 1
    assert end.get("data-pagefind-ignore") is not None and header.get("data-pagefind-ignore") is not None


def test_a_release_without_contacts_shows_the_press_office(site) -> None:
    write_site(site)

    page = lxml.html.fromstring(site.build(strict=True, now="2026-03-10").page("press/2026/01/plain/"))

    header, = page.find_class("nr-release-header")
    assert [words(li) for li in header.find_class("nr-release-contact")] == [
        "Alex Moreno, Press Secretary press@example.org · +1 202 555 0143"]
    assert [a.get("href") for a in header.iter("a")] == ["mailto:press@example.org", "tel:+12025550143"]
    assert words(page.find_class("nr-release-header__label")[0]) == "Contact"
    assert not page.find_class("nr-dateline")


def test_posts_get_no_release_header_or_boilerplate(site) -> None:
    write_site(site)

    html = site.build(strict=True, now="2026-03-10").page("blog/2026/02/post/")

    assert "FOR IMMEDIATE RELEASE" not in html and "unites local officials" not in html and "###" not in html


def _built_files(result) -> dict[str, bytes]:
    # Pagefind names its index files differently on every run, even of the same pages: left out.
    return {path.relative_to(result.site_dir).as_posix(): path.read_bytes() for path in result.all_files()
            if path.relative_to(result.site_dir).parts[0] != "pagefind"}


def test_changing_the_boilerplate_changes_every_release_page_and_nothing_else(site) -> None:
    write_site(site)
    files_before = _built_files(site.build(strict=True, now="2026-03-10"))

    write_site(site, MEDIA_YML.replace("It was founded in 2024.", "It was founded in January 2024."))
    after = site.build(strict=True, now="2026-03-10")
    files_after = _built_files(after)

    assert files_before.keys() == files_after.keys()
    changed = {name for name in files_after if files_after[name] != files_before[name]}
    releases = {"press/2026/03/welcoming-pledge/index.html", "press/2026/01/plain/index.html"}
    # The media page shows the boilerplate too; it has no press kit here.
    assert changed == releases | {"media/index.html"}
    for release in releases:
        assert "It was founded in January 2024." in files_after[release].decode()
    # Nor is it in the search index: a search for "founded" finds no release.
    assert after.files_mentioning("founded in January") == sorted(releases | {"media/index.html"})


def test_the_structured_data_carries_the_dateline_the_contacts_and_the_modification(site) -> None:
    write_site(site, updates=[{"date": "2026-03-03 09:00", "note": "Adds a quote."}])

    html = site.build(strict=True, now="2026-03-10").page(RELEASE_URL)

    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle"
    assert data["dateline"] == "CHICAGO, ILL."
    assert data["datePublished"] == "2026-03-02T11:00:00-05:00" and data["dateModified"] == "2026-03-03T09:00:00-05:00"
    assert data["publisher"]["contactPoint"] == [
        {"@type": "ContactPoint", "contactType": "media relations", "name": "Sam Okoye",
         "email": "sam.okoye@example.org"},
        {"@type": "ContactPoint", "contactType": "media relations", "name": "Priya Raman",
         "email": "priya@example.org", "telephone": "(312) 555-0186"},
    ]


def test_the_feed_carries_the_release_with_its_dateline_and_without_page_chrome(site) -> None:
    write_site(site)

    result = site.build(strict=True, now="2026-03-10")

    entry = next(e for e in valid_atom(result.site_dir / "press/atom.xml").entries if "pledge" in e.title)
    content = lxml.html.fromstring(entry.content[0].value)
    assert words(content).startswith("CHICAGO, ILL., March 2, 2026 — More than 600 local officials")
    assert "¶" not in words(content) and not content.find_class("headerlink")
    assert "FOR IMMEDIATE RELEASE" not in words(content) and "unites local officials" not in words(content)


BAD_CONTACTS = {
    "unknown key": (["sam", "pryia-raman"], "contacts: 'pryia-raman' is not the key of a press contact or "
                                            "spokesperson in data/media.yml. Did you mean 'priya-raman'?"),
    "no way to reach": (["teresa-albright"], "contacts: 'teresa-albright' (Council Member Teresa Albright) has no "
                                             "email or phone in data/media.yml"),
}


@pytest.mark.parametrize("kind", list(BAD_CONTACTS))
def test_a_contact_journalists_cannot_reach_fails_check_and_strict_build(site, kind, monkeypatch) -> None:
    from newsroom.cli import main

    contacts, message = BAD_CONTACTS[kind]
    write_site(site, contacts=contacts)
    # The line of the key at fault, in the list under contacts:.
    line = (site.root / RELEASE).read_text().split("\n").index(f"- {contacts[-1]}") + 1

    strict = site.build(strict=True, now="2026-03-10")
    lenient = site.build(strict=False, now="2026-03-10")

    assert strict.failed
    assert any(w.startswith(f"{RELEASE}:{line}: {message}") for w in strict.warnings), strict.warnings
    shown = [words(li) for li in lxml.html.fromstring(lenient.page(RELEASE_URL)).find_class("nr-release-contact")]
    assert shown == (["Sam Okoye, Communications Director sam.okoye@example.org"] if kind == "unknown key"
                     else ["Alex Moreno, Press Secretary press@example.org · +1 202 555 0143"])
    monkeypatch.chdir(site.root)
    monkeypatch.setenv("NEWSROOM_NOW", "2026-03-10")
    assert main(["check"]) == 1


@pytest.mark.parametrize("field", ["dateline", "contacts"])
def test_release_fields_on_a_post_are_refused_with_the_reason(site, field) -> None:
    site.write("data/media.yml", MEDIA_YML)
    site.item("posts/2026/2026-02-01-post.md", title="A post", date="2026-02-01", issues=["Democracy"],
              **{field: "WASHINGTON" if field == "dateline" else ["sam"]})

    result = site.build(strict=True, now="2026-03-10")

    assert result.failed
    assert any(f"posts/2026/2026-02-01-post.md:6: {field}: is for press releases only (files under press/): "
               "remove it from this blog post" in w for w in result.warnings), result.warnings


BAD_KEYS = {
    "not a slug": ("    key: Sam O\n", "data/media.yml:7: key of contact 2 (Sam Okoye): 'Sam O' must be lowercase "
                                       "letters, digits and hyphens, for example key: sam-o"),
    "taken": ("    key: alex-moreno\n", "data/media.yml:7: key of contact 2 (Sam Okoye): gives the key 'alex-moreno', "
                                        "which contact 1 (Alex Moreno) (line 2) has"),
}


@pytest.mark.parametrize("kind", list(BAD_KEYS))
def test_a_bad_key_in_the_media_data_is_named(site, kind) -> None:
    line, message = BAD_KEYS[kind]
    write_site(site, MEDIA_YML.replace("    key: sam\n", line), contacts=[])

    result = site.build(strict=True, now="2026-03-10")

    assert result.failed
    assert any(w.startswith(message) for w in result.warnings), result.warnings
