"""Every address a body links to or shows, read from its rendered HTML, and the line where its author wrote it.

Links come from the HTML Python-Markdown makes of the body (`markdown_render`), read with lxml:
inline and reference-style Markdown links and images, `<…>` autolinks and angle-bracket
addresses, raw HTML in any tag that loads or links something, `srcset` candidates, footnotes
and admonitions alike. The source is searched only afterwards, for the line to name in a
message (a reference-style address is found on its definition line).
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote, unquote
from weakref import WeakKeyDictionary

from .markdown_render import Rendered

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

URL_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    # Following a link (HTML Living Standard, "links" and "hyperlinks").
    "a": ("href",), "area": ("href",), "link": ("href",),
    # Loading a resource into the page (its "embedded content" and media elements).
    "img": ("src", "srcset"), "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",),
    "track": ("src",), "iframe": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
    "script": ("src",), "image": ("href", "xlink:href", XLINK_HREF), "use": ("href", "xlink:href", XLINK_HREF),
}
"""The attributes holding an address, by element; `srcset` holds several."""

FOLLOWED = frozenset({"a", "area", "link"})
"""Elements whose address a reader follows; every other element's address is shown (loaded) with the page."""


@dataclass(frozen=True)
class Target:
    """One address in a body, as the browser gets it (HTML entities decoded, nothing else changed)."""

    url: str
    tag: str
    """The element: `a`, `img`, `source`…"""
    attribute: str
    occurrence: int = 0
    """How many earlier targets of the body have the same `url`: finds the right line when it is written twice."""

    @property
    def shown(self) -> bool:
        """Whether the page loads it (a picture, a video, an embedded file) rather than links to it."""
        return self.tag not in FOLLOWED

    @property
    def picture(self) -> bool:
        """Whether it is shown as a picture (`img`, `source`, `image`, a video's poster)."""
        return self.tag in ("img", "source", "image", "input") or self.attribute == "poster"


@dataclass(frozen=True)
class _Scan:
    targets: tuple[Target, ...]
    ids: frozenset[str]


_SCANS: WeakKeyDictionary[Rendered, _Scan] = WeakKeyDictionary()


def targets(rendered: Rendered) -> tuple[Target, ...]:
    """Every address of a rendered body, in document order; read once per rendering."""
    return _scan(rendered).targets


def anchors(rendered: Rendered) -> frozenset[str]:
    """Every `id` of a rendered body (headings, footnotes, `{#id}` attributes, raw HTML): what `#anchor` can reach."""
    return _scan(rendered).ids


def _scan(rendered: Rendered) -> _Scan:
    found = _SCANS.get(rendered)
    if found is None:
        seen: Counter[str] = Counter()
        listed: list[Target] = []
        root = rendered.parse()
        # lxml picks the elements (in C): a body has hundreds of elements and a handful of links.
        for element in root.iter(*URL_ATTRIBUTES):
            tag = element.tag
            for attribute in URL_ATTRIBUTES[tag]:
                value = element.get(attribute)
                if value is None:
                    continue
                for url in srcset_urls(value) if attribute == "srcset" else (value.strip(),):
                    listed.append(Target(url, tag, attribute, seen[url]))
                    seen[url] += 1
        found = _SCANS[rendered] = _Scan(tuple(listed), frozenset(root.xpath("//@id", smart_strings=False)))
    return found


def srcset_urls(value: str) -> list[str]:
    """The addresses of a `srcset` (HTML Living Standard, "parse a srcset attribute"), descriptors left out."""
    urls: list[str] = []
    position, end = 0, len(value)
    while position < end:
        while position < end and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < end and not value[position].isspace():
            position += 1
        url = value[start:position]
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            # Descriptors ("2x", "640w") run to the next comma outside parentheses.
            depth = 0
            while position < end and (value[position] != "," or depth):
                depth += {"(": 1, ")": -1}.get(value[position], 0)
                position += 1
        if url:
            urls.append(url)
    return urls


def line_of(body: str, first_line: int, target: Target) -> int:
    """The file's line where `target` is written in `body` (which starts on line `first_line`).

    The n-th target with one address is looked for at the n-th line writing it, or the last
    such line (a reference definition serves every use of it). A target the source does not
    spell out (a footnote's back-link, a heading's permalink) is given the body's first line.
    """
    if target.url:
        spellings = _spellings(target.url)
        lines = [n for n, text in enumerate(body.split("\n")) if any(_written(text, s) for s in spellings)]
    else:
        lines = [n for n, text in enumerate(body.split("\n")) if any(empty in text for empty in _EMPTY)]
    if not lines:
        return first_line
    return first_line + lines[min(target.occurrence, len(lines) - 1)]


def _spellings(url: str) -> list[str]:
    """The ways an author may have written `url`: as is, HTML-escaped, percent-decoded or -encoded, an email bare."""
    forms = [url, html.escape(url, quote=True), html.escape(url, quote=False), unquote(url),
             quote(url, safe="/:#?&=%@!$'()*+,;~")]
    if url.lower().startswith("mailto:"):
        forms.append(url[len("mailto:"):])
    return [form for index, form in enumerate(forms) if form and form not in forms[:index]]


_EMPTY = ("]()", "](<>)", '=""', "=''")
"""How an empty address is written: a Markdown link or an HTML attribute with nothing in it."""

_URL_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%")


def _written(text: str, spelling: str) -> bool:
    """Whether `text` holds `spelling` as a whole address, not as part of a longer one."""
    start = text.find(spelling)
    while start != -1:
        before = text[start - 1] if start else " "
        after = text[start + len(spelling)] if start + len(spelling) < len(text) else " "
        if before not in _URL_CHARACTERS and after not in _URL_CHARACTERS:
            return True
        start = text.find(spelling, start + 1)
    return False
