"""Messy but meant: unfinished items (newsroom new's placeholders, an empty text) stay off the site.

Case 20 of `tests/cases/messy/`, built for real: `newsroom check` and the strict build refuse it alike,
a normal build leaves the items out, and drafts are only a warning of the check.
"""

from __future__ import annotations

import pytest

from conftest import MESSY_NOW as NOW, newsroom_new, refused_alike


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
    status, out, err = newsroom_new(site, kind, "Rent relief", "--issue", "Climate", "--date", "2026-10-01", capsys=capsys)
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
