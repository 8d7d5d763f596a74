"""Messy but meant: the default summary is the plain text of the first paragraph as a reader sees it.

Case 11 of `tests/cases/messy/` (footnotes, escapes, entities, an admonition, a written summary with
Markdown), built for real and read back from cards, meta tags and every feed.
"""

from __future__ import annotations

import json

import feedparser
import lxml.html

from conftest import accepted_alike, head_meta


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
