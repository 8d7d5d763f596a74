"""Bad input: the strict build fails naming the file, the field and the fix; a normal build skips only that item."""

from __future__ import annotations

import pytest

GOOD = "---\ntitle: Good neighbour\ndate: 2024-05-05\nissues: [Climate]\n---\n\nStill published.\n"

BAD_FILES = {
    "unreadable YAML": (
        "---\ntitle: Rent relief: the vote\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n",
        "posts/bad.md:2: title:", 'in double quotes, for example title: "Rent relief: the vote"',
    ),
    "missing title": (
        "---\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n",
        "posts/bad.md:2: title: is missing", "title:",
    ),
    "empty issues": (
        "---\ntitle: Rent\ndate: 2024-05-05\nissues: []\n---\n\nText\n",
        "posts/bad.md:4: issues: is empty", "issues: [Affordable Housing",
    ),
    "impossible date": (
        "---\ntitle: Rent\ndate: 2024-02-30\nissues: [Climate]\n---\n\nText\n",
        "posts/bad.md:3: date: '2024-02-30' is not a real date", "check the day",
    ),
    "unreadable date": (
        "---\ntitle: Rent\ndate: May 5th, 2024\nissues: [Climate]\n---\n\nText\n",
        "posts/bad.md:3: date: 'May 5th, 2024'", "write it as 2024-05-05",
    ),
    "malformed timestamp": (
        "---\ntitle: Rent\ndate: 2020-13-45\nissues: [Climate]\n---\n\nText\n",
        "posts/bad.md:3: date: '2020-13-45' is not a real date", "check the day",
    ),
    "unknown issue": (
        "---\ntitle: Rent\ndate: 2024-05-05\nissues: [Police Reforms]\n---\n\nText\n",
        "posts/bad.md:4: issues: 'Police Reforms' is not one of the site's issue areas", "Did you mean 'Police Reform'?",
    ),
    "unknown field": (
        "---\ntitle: Rent\ndate: 2024-05-05\nissues: [Climate]\nisues: [Democracy]\n---\n\nText\n",
        "posts/bad.md:5: isues: is not a field the site knows", "Did you mean 'issues'?",
    ),
    "not a flag": (
        "---\ntitle: Rent\ndate: 2024-05-05\nissues: [Climate]\ndraft: maybe\n---\n\nText\n",
        "posts/bad.md:5: draft: must be true or false", "not 'maybe'",
    ),
    "not UTF-8": (
        "---\ntitle: Peñasco\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n".encode("latin-1"),
        "posts/bad.md:1: file: is not UTF-8 text", "save it with the UTF-8 encoding",
    ),
    "empty file": ("", "posts/bad.md:1: file: is empty", "start it with front matter"),
    "no front matter": ("Just some text.\n", "posts/bad.md:1: file: has no front matter", "the first line must be ---"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_strict_build_fails_naming_file_field_and_fix(site, kind: str) -> None:
    text, where, fix = BAD_FILES[kind]
    site.write("posts/bad.md", text)
    site.write("posts/good.md", GOOD)

    result = site.build(strict=True)

    assert result.failed
    assert any(where in w and fix in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_normal_build_skips_only_the_bad_item_with_a_warning(site, kind: str) -> None:
    text, where, _ = BAD_FILES[kind]
    site.write("posts/bad.md", text)
    site.write("posts/good.md", GOOD)

    result = site.build()

    assert not result.failed
    assert "Still published." in result.page("blog/2024/05/good/")
    assert not list(result.site_dir.glob("blog/*/*/bad"))
    assert [w for w in result.warnings if where in w and "left out of the site" in w]


def test_every_bad_file_is_reported_in_one_build(site) -> None:
    for number, (text, _, _) in enumerate(BAD_FILES.values()):
        site.write(f"press/bad-{number}.md", text)

    result = site.build(strict=True)

    reported = {w.split(":")[0] for w in result.warnings}
    assert reported == {f"press/bad-{n}.md" for n in range(len(BAD_FILES))}


def test_two_items_with_one_url_keep_the_earlier_and_name_both(site) -> None:
    site.item("posts/a/rent-relief.md", title="First published", date="2024-05-01")
    site.item("posts/b/2024-05-20-rent-relief.md", title="Published later", date="2024-05-20")

    strict = site.build(strict=True)
    assert strict.failed
    assert any(w.startswith("posts/b/2024-05-20-rent-relief.md:1: slug:") and "posts/a/rent-relief.md" in w
               for w in strict.warnings), strict.warnings

    relaxed = site.build()
    assert "First published" in relaxed.page("blog/2024/05/rent-relief/")
    assert not any("Published later" in p.read_text() for p in relaxed.site_dir.rglob("*.html"))


def test_bad_chapter_fails_its_toolkit(site) -> None:
    site.item("toolkits/guide/index.md", title="Guide")
    site.write("toolkits/guide/01-intro.md", "---\ntitel: Intro\n---\n\nText\n")

    result = site.build(strict=True)

    assert result.failed
    assert any("toolkits/guide/01-intro.md:2: titel:" in w and "Did you mean 'title'?" in w for w in result.warnings)


def test_bad_settings_file_is_a_clear_error(site) -> None:
    site.write("newsroom.yml", "timezone: Mars/Olympus_Mons\npage_sise: 10\n")
    site.item("posts/a.md")

    result = site.build()

    assert result.failed
    message = "\n".join(result.warnings)
    assert "newsroom.yml:1: timezone: 'Mars/Olympus_Mons' is not a time zone" in message
    assert "newsroom.yml:2: page_sise: is not a setting" in message


@pytest.mark.parametrize(("text", "where"), [
    ("---\ntitle: '   '\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n", "posts/bad.md:2: title: is empty"),
    ("---\ntitle: Rent\ndate: 2024-05-05\nissues: [Climate]\npartners: ['★ ★ ★']\n---\n\nText\n",
     "posts/bad.md:5: partners: '★ ★ ★' gives its page no web address"),
])
def test_blank_titles_and_unaddressable_partners_are_bad_input(site, text: str, where: str) -> None:
    site.write("posts/bad.md", text)
    site.write("posts/good.md", GOOD)
    result = site.build(strict=True)
    assert result.failed
    assert any(w.startswith(where) for w in result.warnings), result.warnings


def test_two_chapters_with_one_address_name_both_files(site) -> None:
    site.item("toolkits/kit/index.md", title="Kit")
    site.write("toolkits/kit/01-intro.md", "---\ntitle: Intro A\n---\n\nA.\n")
    site.write("toolkits/kit/02-intro.md", "---\ntitle: Intro B\n---\n\nB.\n")
    result = site.build(strict=True)
    assert result.failed
    assert any(w.startswith("toolkits/kit/02-intro.md:1: file: gives the address /toolkits/kit/intro/")
               and "toolkits/kit/01-intro.md" in w for w in result.warnings), result.warnings
