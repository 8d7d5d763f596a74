"""A page's HTML with its links as readers get them: this site's files and pages made relative, refused ones left out.

MkDocs makes Markdown links and pictures relative to their page; it leaves raw HTML alone, so
`<img src="/images/x.png">` or `<a href="/posts/x.md">` would stay as written (the second
leading nowhere). Here every address the author wrote, in any tag, is treated alike, from the
same resolution that checked it (`SiteLinks`): a file or page of this site becomes a URL relative
to the page, as MkDocs writes it (mkdocs/utils `get_relative_url`), and an address the check
refused is left out, its link text kept, so that a build that goes on never publishes it.
"""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit, urlunsplit

from lxml import html as lxml_html

from .links import URL_ATTRIBUTES, Target, srcset_urls, targets
from .site_links import PageBody, Resolved, SiteLinks


def page_html(site: SiteLinks, page: PageBody, html: str | None = None) -> str:
    """`page`'s body HTML with its links finished for its address.

    `html` is the page's HTML as MkDocs rendered it (a page under docs/); without it, the
    page's own rendering is used (items and chapters, which MkDocs then need not render).
    Only addresses the author wrote are touched: links MkDocs already made relative stay.
    Returns `html` unchanged when nothing needs changing.
    """
    written = {target.url for target in targets(page.rendered)}
    root = page.rendered.parse() if html is None else \
        lxml_html.fragment_fromstring(html, create_parent="div") if html.strip() else None
    if root is None or not written:
        return page.rendered.html if html is None else html
    changed = False
    for element in list(root.iter()):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        for attribute in URL_ATTRIBUTES.get(tag, ()):
            value = element.get(attribute)
            if value is None:
                continue
            if attribute == "srcset":
                candidates = [(url, _finished(site, page, url, tag, attribute) if url in written else url)
                              for url in srcset_urls(value)]
                kept = ", ".join(_with_descriptor(value, url, new) for url, new in candidates if new is not None)
                changed |= kept != value
                if kept:
                    element.set(attribute, kept)
                else:
                    del element.attrib[attribute]
                continue
            if value.strip() not in written:
                continue
            new = _finished(site, page, value.strip(), tag, attribute)
            if new == value:
                continue
            changed = True
            if new is not None:
                element.set(attribute, new)
                continue
            if tag in ("a", "area"):
                del element.attrib[attribute]
                element.drop_tag()
            else:
                _drop(element)
            break
    if not changed and html is not None:
        return html
    return (root.text or "") + "".join(lxml_html.tostring(child, encoding="unicode") for child in root)


def _drop(element: lxml_html.HtmlElement) -> None:
    """Remove a refused picture (its tail text stays), and the paragraph it leaves empty."""
    parent = element.getparent()
    element.drop_tree()
    if parent is not None and parent.tag == "p" and len(parent) == 0 and not (parent.text or "").strip() \
            and parent.getparent() is not None:
        parent.drop_tree()


def _finished(site: SiteLinks, page: PageBody, url: str, tag: str, attribute: str) -> str | None:
    """`url` as the page should carry it, or None when the check refused it."""
    found, problem = site.check(page, Target(url, tag, attribute))
    if problem is not None:
        return None
    parts = urlsplit(url)
    if parts.scheme or not isinstance(found, Resolved) or (where := site.url_of(found)) is None:
        return url
    if found.kind == "page" and found.name == page.source and not parts.path:
        return url
    return urlunsplit(("", "", relative_url(where, page.path or "./"), parts.query, parts.fragment))


def _with_descriptor(srcset: str, url: str, new: str) -> str:
    """The `srcset` candidate of `url` with its descriptor (`2x`, `640w`), its address replaced by `new`."""
    for candidate in srcset.split(","):
        words = candidate.split()
        if words and words[0] == url:
            return " ".join([new, *words[1:]])
    return new


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other` (both from the site's root), exactly as MkDocs' `get_relative_url`."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts, url_parts = _parts(other), _parts(url)
    common = 0
    for a, b in zip(other_parts, url_parts):
        if a != b:
            break
        common += 1
    relative = "/".join([".."] * (len(other_parts) - common) + url_parts[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path.lstrip("/"))[1:]
    return path.split("/") if path else []
