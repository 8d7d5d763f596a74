"""Summaries: the plain text of a body's first paragraph, as a reader sees it, for listings, feeds and meta tags.

The rule is the site contract's ("Input that is messy but meant"): no Markdown or HTML syntax, no
footnote markers, entities decoded once. It is read from the body rendered with the site's own
Markdown extensions (`markdown_render`), never from the Markdown source: footnotes, escapes,
entities, admonitions and raw HTML all defeat a pattern over the source.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import html as lxml_html

from .markdown_render import MKDOCS_BUILTIN_EXTENSIONS, BodyRenderer
from .problems import Problem

if TYPE_CHECKING:  # content imports this module for the default summary
    from .content import Item

# Characters without which a one-line text renders as itself (bar typographic symbols): a summary
# with none of them needs no rendering to know it holds no Markdown or HTML.
_MARKUP = frozenset("*_`[]<>&\\!#|~")

# Python-Markdown's footnotes extension marks a reference as <sup id="fnref:1">; its
# `footnote-ref` class is the stable part (ids change with the extension's options).
_FOOTNOTE_REF = "footnote-ref"


def default_summary(body: str, renderer: BodyRenderer | None = None) -> str:
    """The summary of an item without `summary:`: the first paragraph of `body` (Markdown) as a reader sees it.

    `renderer` is the site's; without one (`newsroom new` checking its own scaffold), MkDocs' built-in
    extensions only.
    """
    return first_paragraph(body_tree(body, renderer or _builtin_renderer()))


def body_tree(body: str, renderer: BodyRenderer) -> lxml_html.HtmlElement:
    """`body` rendered (from the renderer's cache when it can) and parsed into a `<div>` of its elements.

    Parsed anew and not kept: a build holds thousands of bodies, and their HTML is far smaller than trees.
    """
    html = renderer.html(body)
    return lxml_html.fragment_fromstring(html, create_parent="div") if html.strip() else lxml_html.Element("div")


@lru_cache(maxsize=1)
def _builtin_renderer() -> BodyRenderer:
    return BodyRenderer(MKDOCS_BUILTIN_EXTENSIONS)


def first_paragraph(root: lxml_html.HtmlElement) -> str:
    """The plain text of the first paragraph of prose in a rendered body (`root` holds the body's elements).

    Only the body's own top-level `<p>` elements count: admonitions, details, asides, quotes,
    lists, tables and footnotes are skipped, and so is a paragraph with no words (an image alone).
    Footnote markers are dropped, entities decoded once, runs of white space made one space.
    Empty when the body has no such paragraph.
    """
    for paragraph in root.iterchildren("p"):
        if text := plain_text(paragraph):
            return text
    return ""


def plain_text(element: lxml_html.HtmlElement) -> str:
    """The words of `element` as a reader sees them: no footnote markers, white space collapsed."""
    words: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if not isinstance(node.tag, str):  # a comment or processing instruction shows nothing
            return
        if node.tag == "sup" and any(_FOOTNOTE_REF in (a.get("class") or "").split() for a in node.iter("a")):
            return
        if node.tag == "br":
            words.append(" ")
        if node.text:
            words.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                words.append(child.tail)

    walk(element)
    return " ".join("".join(words).split())


def written_summary_warnings(items: Iterable[Item], renderer: BodyRenderer) -> list[Problem]:
    """A warning for each `summary:` that readers would see with its Markdown or HTML syntax.

    A written summary is text, shown exactly as written, like the title (site contract: a
    front-matter value is text as written): `**passed**` shows its asterisks. So it is not
    rendered; `newsroom check` says so and suggests the summary as plain text.
    """
    warnings: list[Problem] = []
    for item in items:
        if not item.summary_written or not _MARKUP.intersection(item.summary):
            continue
        written = " ".join(item.summary.split())
        paragraphs = body_tree(item.summary, renderer).findall("p")
        plain = " ".join(plain_text(p) for p in paragraphs)
        if plain and plain != written:
            warnings.append(Problem(
                item.source, item.line_of("summary"), "summary",
                "is shown exactly as written in listings, feeds and social cards, so readers would see its "
                f"Markdown or HTML: write it as plain text, e.g. summary: {json.dumps(plain, ensure_ascii=False)}",
            ))
    return warnings
