"""Messy but meant: slugs from any script and any length, and `newsroom new` that never crashes.

Cases 08 (non-Latin and accented names) and 19 (a very long headline) of `tests/cases/messy/`,
built for real; `newsroom check` and the strict build must agree. Other inputs of the same kinds follow.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import MESSY_NOW as NOW, accepted_alike, newsroom_new, refused_alike


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
    status, out, err = newsroom_new(site, "press", title, "--issue", "Affordable Housing", "--date", "2026-09-06 09:00",
                           capsys=capsys)

    assert status == 1 and out == ""
    assert err.startswith(f"newsroom new: the title '{title}' is not written in Latin letters")
    assert suggestion in err and "Traceback" not in err
    assert not (site.root / "press").exists()


def test_new_with_a_slug_makes_a_usable_item_for_any_title(site, capsys) -> None:
    status, out, err = newsroom_new(site, "press", "住房是人权", "--issue", "Affordable Housing", "--date",
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
    status, _, err = newsroom_new(site, "post", "Rent", "--issue", "Climate", "--slug", slug, capsys=capsys)

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

    status, out, err = newsroom_new(site, "post", LONG_TITLE, "--issue", "Affordable Housing", "--date",
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
    status, out, err = newsroom_new(site, "post", title, "--issue", "Climate", "--date", "2026-10-31", capsys=capsys)

    assert status == 0, err
    [path] = list((site.root / "posts/2026").iterdir())
    assert len(path.name) <= 60 + len("2026-10-31-.md")
    assert "Traceback" not in err


def test_new_says_what_went_wrong_when_it_cannot_write_never_a_traceback(site, capsys) -> None:
    site.write("posts", "a file where the posts folder should be\n")

    status, out, err = newsroom_new(site, "post", "Rent relief", "--issue", "Climate", "--date", "2026-10-31", capsys=capsys)

    assert status == 1
    assert err.startswith("newsroom new: could not use ")
    assert "posts" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_any_unexpected_error_is_one_plain_line(site, capsys, monkeypatch) -> None:
    import newsroom.cli_new

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(newsroom.cli_new, "new_item", broken)
    status, out, err = newsroom_new(site, "post", "Rent relief", "--issue", "Climate", capsys=capsys)

    assert status == 1
    assert err == ("newsroom new: stopped by an unexpected error (RuntimeError: disk on fire). Nothing else was "
                   "changed; please report this, with the command you ran.\n")
