"""Unfinished items stay off the site: the placeholder text of `newsroom new`, an empty body, a draft in review.

Rules (site contract, "Input that is messy but meant": a fresh item's placeholder text can never
reach the site): an item that is not a draft fails the strict build and `newsroom check` when its
body, or a chapter's, shows any of `scaffold.PLACEHOLDERS` or shows nothing at all. A draft is
only a warning of `newsroom check`, for the pull request that would merge it unpublished.
The bodies are read as rendered (`markdown_render`), so text in an HTML comment does not count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import html as lxml_html

from .content import Item
from .problems import Problem
from .scaffold import EARLIER_PLACEHOLDERS, PLACEHOLDERS

TEXT = "text"
"""The name problems give the body: the guide calls it the item's text."""

_SHOWN_WITHOUT_WORDS = ("img", "picture", "video", "audio", "iframe", "object", "embed", "svg")


def unfinished_problems(item: Item, tree: Callable[[str], lxml_html.HtmlElement]) -> list[Problem]:
    """The problems of a non-draft item whose body or chapters are empty or keep placeholder text.

    `tree(body)` is the body rendered as the site renders it, as one element holding the body's
    elements. A draft has none: it is unfinished by its author's word.
    """
    if item.draft:
        return []
    problems: list[Problem] = []
    parts = [(item.source, item.body, item.body_line),
             *((chapter.source, chapter.body, chapter.body_line) for chapter in item.chapters)]
    for source, body, body_line in parts:
        root = tree(body)
        if _is_empty(root):
            problems.append(Problem(source, body_line, TEXT, "is empty: write the item's text below the front "
                                    "matter (after its second ---), or keep draft: true until it is written"))
            continue
        for placeholder in placeholders_in(root):
            problems.append(Problem(
                source, _line_of(placeholder, body, body_line), TEXT,
                f"still shows '{placeholder}', placeholder text from newsroom new: replace it with the item's own "
                "words, or keep draft: true until it is written",
            ))
    return problems


def placeholders_in(root: lxml_html.HtmlElement) -> list[str]:
    """The placeholders of `scaffold` (today's and earlier ones) a rendered body shows, as words or as a link's address."""
    shown = " ".join(root.text_content().split())
    addresses = {value for element in root.iter() if isinstance(element.tag, str)
                 for value in (element.get("href"), element.get("src")) if value}
    return [text for text in (*PLACEHOLDERS, *EARLIER_PLACEHOLDERS)
            if " ".join(text.split()) in shown or text in addresses]


def draft_warnings(items: Iterable[Item]) -> list[Problem]:
    """A warning for each draft: merged as it is, it stays off the site (for `newsroom check` in a pull request)."""
    return [Problem(item.source, item.line_of("draft"), "draft",
                    "this item is a draft, so merging it publishes nothing: delete the line draft: true when it is "
                    "ready to publish, or leave it if the pull request is meant to keep it a draft")
            for item in items if item.draft]


def _is_empty(root: lxml_html.HtmlElement) -> bool:
    """Nothing a reader would see: no words and no picture, video or embedded frame."""
    return not root.text_content().strip() and next(root.iter(*_SHOWN_WITHOUT_WORDS), None) is None


def _line_of(text: str, body: str, body_line: int) -> int:
    """The file's line where `text` (as written in the source, or its first words) appears; else the body's first."""
    probes = (text, " ".join(text.split()[:3]))
    for number, line in enumerate(body.splitlines(), start=body_line):
        if any(probe in line for probe in probes):
            return number
    return body_line
