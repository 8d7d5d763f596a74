"""Input that is messy but meant (site contract): values stay as written, or the author is told how to write them.

Each case of `tests/cases/messy/` is built for real, checked with `newsroom check` and built with
`mkdocs build --strict`: both must refuse it with the same message, and a normal build must still
publish everything else. Other inputs of the same kinds follow each case.
"""

from __future__ import annotations

import json

import pytest

NOW = "2026-11-30 12:00"
GOOD = "---\ntitle: Still here\ndate: 2026-11-01\nissues: [Climate]\n---\n\nThe good item is published.\n"


def strict_and_check_agree(site, *expected: str) -> list[str]:
    """Both the strict build and newsroom check fail, each naming every `expected` problem; gives the warnings."""
    check = site.check(now=NOW)
    result = site.build(strict=True, now=NOW)
    assert check.status == 1 and result.failed
    for text in expected:
        assert any(text in line for line in check.lines), (text, check.out)
        assert any(text in warning for warning in result.warnings), (text, result.warnings)
    return result.warnings


# ---------------------------------------------------------------------------
# Case 10: an unquoted ' #' cuts a value


def test_a_value_cut_at_a_hash_is_reported_at_its_line_with_the_quoted_fix(site) -> None:
    site.copy_case("messy/10-yaml-hash-comment")
    strict_and_check_agree(
        site,
        "posts/2026/2026-08-20-measure-12-passes.md:2: title: 'Measure #12 Passes in Oakland' is cut at ' #'",
        'title: "Measure #12 Passes in Oakland"',
        "posts/2026/2026-08-20-measure-12-passes.md:5: summary: 'Turnout hit 61 percent",
        "press/2026/2026-08-25-hotel-workers-heat-rules.md:6: partners: 'Hotel Workers Local #22' is cut",
        '- "Hotel Workers Local #22"',
    )
    result = site.build(now=NOW)
    assert not result.exists("blog/2026/08/measure-12-passes/")
    assert not (result.site_dir / "partners" / "hotel-workers-local").exists()


@pytest.mark.parametrize("written, shown", [
    ('"Measure #12 Passes"', "Measure #12 Passes"),
    ("'Measure #12 Passes'", "Measure #12 Passes"),
    ("Measure#12 Passes", "Measure#12 Passes"),
    ("No", "No"), ("Yes", "Yes"), ("off", "off"), ("12:30", "12:30"), ("3.10", "3.10"),
    ("0o14", "0o14"), ("1e3", "1e3"), ("2024-05-05", "2024-05-05"), ("~fine~", "~fine~"),
])
def test_a_title_is_published_exactly_as_written(site, written: str, shown: str) -> None:
    site.write("posts/a.md", f"---\ntitle: {written}\ndate: 2026-11-01\nissues: [Climate]\n---\n\nText.\n")

    result = site.build(strict=True, now=NOW)

    assert not result.failed, result.warnings
    page = result.page("blog/2026/11/a/")
    assert f"<h1>{shown}</h1>" in page or f">{shown}</h1>" in page
    feed = json.loads((result.site_dir / "feed.json").read_text(encoding="utf-8"))
    assert feed["items"][0]["title"] == shown


def test_a_partner_and_an_author_named_no_stay_text(site) -> None:
    site.write("posts/a.md", "---\ntitle: Rent\ndate: 2026-11-01\nissues: [Climate]\n"
                             "partners: [NO, 10:30 Collective]\nauthors: [Off]\n---\n\nText.\n")

    result = site.build(strict=True, now=NOW)

    assert not result.failed, result.warnings
    assert result.exists("partners/no/") and result.exists("partners/10-30-collective/")
    assert ">Off<" in result.page("blog/2026/11/a/") or "Off" in result.page("blog/2026/11/a/")


# ---------------------------------------------------------------------------
# Case 17: the messages for YAML mistakes say what to do


def test_yaml_mistakes_are_named_at_their_line_with_a_fix_that_works(site) -> None:
    site.copy_case("messy/17-yaml-mistakes-messages")
    strict_and_check_agree(
        site,
        "posts/2026/2026-09-10-rent-relief-vote.md:2: title: the value holds a colon",
        'title: "Rent Relief: The Vote Is Thursday"',
        "posts/2026/2026-09-11-quoted-start.md:2: title: the value starts with a quote",
        """title: '"Housing First" Works, Members Say'""",
        "posts/2026/2026-09-12-tab-indented.md:5: issues: this line is indented with a tab",
        "press/2026/2026-09-14-comma-issues.md:4: issues: 'Climate, Economic Justice' is one piece of text",
        "issues: [Climate, Economic Justice]",
        "press/2026/2026-09-14-comma-issues.md:5: isues: is not a field the site knows. Did you mean 'issues'?",
    )


@pytest.mark.parametrize("front, where, fix", [
    ('title: "Housing First Works\n', ":2: title:", 'the quote " that opens the value on this line is never closed'),
    ("title: “Housing: First” Works\n", ":2: title:", "curly quotes"),
    ("title: @housing wins\n", ":2: title:", "cannot start with @ unless it is in quotes"),
    ("title: Rent\ndraft: \"true\"\n", ":3: draft:", "write true without quotes"),
    ("title: Rent\ndraft: yes\n", ":3: draft:", "write draft: true or draft: false"),
    ("title: Rent\nfeatured: 'false'\n", ":3: featured:", "write false without quotes"),
    ("title: Rent\nauthors: [maria-okafr]\n", ":3: authors:", "Did you mean 'maria-okafor'?"),
    ("title: Rent\nsummary: [a, b]\n", ":3: summary:", "must be text on one line"),
    ("title:\u00a0Rent relief\n", ":2: title:", "a non-breaking space"),
    ("title: !Breaking news from city hall\n", ":2: title:", "'!Breaking news from city hall' starts with !"),
    ("title: &Partners announce\n", ":2: title:", 'for example title: "&Partners announce"'),
    ("title: Rent\npartners: [!Local 22]\n", ":3: partners:", '- "!Local 22"'),
    ("title: Rent\u2028relief\n", ":2: title:", "invisible line break (U+2028"),
    ('title: "C:\\Users\\press"\n', ":2: title:", "title: 'C:\\Users\\press'"),
    ('title: Council says "no": what next\n', ":2: title:", """title: 'Council says "no": what next'"""),
    ("title: *bold* move\n", ":2: title:", "cannot start with * unless it is in quotes"),
    ("title: Rent\nissues: [Climate, Democracy\nslug: rent\n", ":3: issues:", "is not closed with ]"),
    ("title: Rent\nslug: rent # short\n", ":3: slug:", "if it is a note, move it to a line of its own"),
    ("\u200btitle: Rent relief\n", ":2: title:", "holds an invisible character"),
])
def test_each_kind_of_front_matter_mistake_says_what_to_do(site, front: str, where: str, fix: str) -> None:
    site.write("newsroom.yml", "authors:\n  maria-okafor:\n    name: Maria Okafor\n")
    site.write("posts/bad.md", f"---\n{front}date: 2026-11-01\nissues: [Climate]\n---\n\nText.\n")
    site.write("posts/good.md", GOOD)

    warnings = strict_and_check_agree(site, f"posts/bad.md{where}", fix)

    assert all("Traceback" not in warning for warning in warnings)
    assert site.build(now=NOW).exists("blog/2026/11/good/")


def test_a_setting_is_named_at_its_real_line(site) -> None:
    site.write("newsroom.yml", "# Settings\n\npage_size: 12\nfeed_size: ten\nsignup_url: www.example.org/join\n")
    site.item("posts/a.md")

    result = site.build()

    assert result.failed
    message = "\n".join(result.warnings)
    assert "newsroom.yml:4: feed_size: must be a whole number greater than 0" in message
    assert "newsroom.yml:5: signup_url: 'www.example.org/join' is not a full web address" in message


# ---------------------------------------------------------------------------
# Case 18: the data files follow the same rules


def test_coverage_headlines_stay_as_written_and_bad_entries_are_left_out_with_their_line(site) -> None:
    site.copy_case("messy/18-in-the-news-data-gotchas")
    strict_and_check_agree(
        site,
        "data/in-the-news.yml:54: headline of entry 9 (Noticias del Valle & Más): "
        "'Concejales latinos piden protección para inquilinos #ViviendaDigna' is cut at ' #'",
        "data/in-the-news.yml:62: url of entry 10 (The Harbor Times)",
        "data/in-the-news.yml:67: date of entry 11 (Capitol Report): '2026-11-31' is not a real date",
        "data/in-the-news.yml:73: date of entry 12 (County Courier): '2027-01-05' is after today",
    )
    result = site.build(now=NOW)
    coverage = result.page("in-the-news/")
    assert "False" not in coverage and "ViviendaDigna" not in coverage
    assert "Capitol Report" not in coverage and "County Courier" not in coverage
    # The good entries are all there.
    assert coverage.count('class="nr-coverage__headline"') >= 8 or coverage.count("<article") >= 8


def test_a_coverage_headline_no_in_quotes_is_published_as_no(site) -> None:
    site.write("data/in-the-news.yml", '- outlet: County Courier\n  headline: "No"\n  date: 2026-01-05\n'
                                       "  url: https://www.countycourier.example/no\n")

    result = site.build(strict=True, now=NOW)

    assert not result.failed, result.warnings
    assert ">No<" in result.page("in-the-news/")


# ---------------------------------------------------------------------------
# Case 21: characters XML forbids


def test_control_characters_are_an_error_at_their_line_and_the_rest_still_builds(site) -> None:
    site.copy_case("messy/21-control-characters")
    site.write("press/2026/good.md", GOOD)
    strict_and_check_agree(
        site,
        "press/2026/2026-10-26-language-access.md:7: text: holds an invisible character (U+000C, form feed)",
        "press/2026/2026-10-26-language-access.md:9: text: holds an invisible character (U+000B, vertical tab)",
        "press/2026/2026-10-27-poll-worker-pay.md:2: title: holds an invisible character (U+000B",
        "delete it",
    )
    result = site.build(now=NOW)
    assert not result.failed
    for feed in ("feed.xml", "atom.xml", "feed.json", "press/feed.xml", "robots.txt"):
        assert (result.site_dir / feed).is_file(), feed
    assert (result.site_dir / "pagefind").is_dir()
    assert result.exists("press/2026/11/good/")


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x08", "\x1b", "\x7f"])
def test_every_forbidden_character_is_caught_in_data_files_too(site, char: str) -> None:
    site.write("data/in-the-news.yml", f"- outlet: County Courier\n  headline: Rent relief{char}\n"
                                       "  date: 2026-01-05\n  url: https://www.countycourier.example/a\n")
    site.write("posts/good.md", GOOD)

    strict_and_check_agree(site, "data/in-the-news.yml:2: headline: holds an invisible character")
    assert site.build(now=NOW).exists("blog/2026/11/good/")


def test_windows_line_ends_and_a_byte_order_mark_read_as_meant(site) -> None:
    site.write("posts/a.md", "\ufeff---\r\ntitle: Rent relief\r\ndate: 2026-11-01\r\nissues: [Climate]\r\n---\r\n\r\n"
                             "Text with\u00a0a no-break space and an emoji family 👩\u200d👩\u200d👧.\r\n")

    result = site.build(strict=True, now=NOW)

    assert not result.failed, result.warnings
    assert "Rent relief" in result.page("blog/2026/11/a/")
    assert "👩\u200d👩\u200d👧" in result.page("blog/2026/11/a/")


def test_a_note_after_a_date_is_a_note(site) -> None:
    site.write("posts/a.md", "---\ntitle: Rent\ndate: 2026-11-01 09:00 # moved from Monday\nissues: [Climate]\n---\n\nText.\n")

    result = site.build(strict=True, now=NOW)

    assert not result.failed, result.warnings
    assert result.exists("blog/2026/11/a/")


@pytest.mark.parametrize("rel", ["posts/index.md", "toolkits/index.md", "press/2026/index.md"])
def test_an_index_file_that_is_not_a_folder_toolkit_is_refused_by_name(site, rel: str) -> None:
    site.write(rel, GOOD)
    site.write("posts/good.md", GOOD)

    strict_and_check_agree(site, f"{rel}:1: file: index.md is only the name of a folder toolkit's main page")
    result = site.build(now=NOW)
    assert result.exists("blog/2026/11/good/")
    assert "toolkits/toolkits/" not in result.page("toolkits/")


@pytest.mark.parametrize("rel", ["posts/2026/rent.MD", "press/statement.markdown", "toolkits/guide.txt"])
def test_a_content_file_the_site_would_skip_is_named(site, rel: str) -> None:
    site.write(rel, GOOD)

    strict_and_check_agree(site, f"{rel}:1: file: is not read: the site reads files ending in .md (lowercase)")


def test_settings_mistakes_found_later_are_named_at_their_line(site) -> None:
    site.write("docs/images/p1.png", b"\x89PNG\r\n\x1a\n")
    site.write("newsroom.yml", "social_image: /images/P1.png\nauthors:\n  maria-okafor:\n    name: Maria Okafor\n"
                               "  maria-okafor:\n    name: James Whitfield\n")
    site.write("posts/a.md", GOOD)

    result = site.build(strict=True, now=NOW)

    assert result.failed
    message = "\n".join(result.warnings)
    assert "newsroom.yml:5: authors: 'maria-okafor' is written twice (first on line 3)" in message

    site.write("newsroom.yml", "social_image: /images/P1.png\n")
    strict_and_check_agree(site, "newsroom.yml:1: social_image: '/images/P1.png' is not a file under docs/, "
                                 "but docs/images/p1.png is")


def test_a_web_address_with_spaces_is_told_so(site) -> None:
    site.write("data/in-the-news.yml", "- outlet: Tribune\n  headline: Rent\n  date: 2026-01-05\n"
                                       "  url: https://tribune.example/a b c\n")

    strict_and_check_agree(site, "data/in-the-news.yml:4: url of entry 1 (Tribune): 'https://tribune.example/a b c' "
                                 "holds spaces")
