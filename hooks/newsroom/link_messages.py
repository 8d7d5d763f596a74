"""What to tell an author about a link or picture that leads nowhere or may not be used, in plain words.

Every message starts with the address as the author wrote it and ends with what to write
instead; CONTRIBUTING.md ("When a check fails") explains them. The rules they follow: pictures
and files live under docs/ and are linked from the site's root (`/images/x.jpg`); pages are linked
by their file (`/posts/2024/2024-05-05-x.md`, a folder toolkit's `…/index.md`, `/about.md`), and the
pages the site makes by their address followed by `index.md` (`/toolkits/index.md`).
"""

from __future__ import annotations

import difflib
import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

from .links import Target, anchors
from .problems import Problem

if TYPE_CHECKING:
    from .site_links import PageBody, SiteLinks

PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"})
CLOSE_ENOUGH = 0.8
"""How alike two file names must be (difflib ratio) for a "Did you mean" (one slip in a name of ten letters)."""
LONGEST_SHOWN = 60
"""Addresses longer than this (a pasted `data:` picture) are cut in messages."""

WITHOUT_LINK = "the page shows the link's text without the link until it is fixed"
WITHOUT_IT = "the page is published without it until it is fixed"
NOT_YET_PUBLIC = "the item is not on the site yet: fix it before it is published"


@dataclass(frozen=True)
class Diagnosis:
    """Why an address leads nowhere, before it is put in words: `kind`, and the file or site name concerned."""

    kind: str
    name: str = ""


@dataclass(frozen=True)
class LinkProblem:
    """A problem with one address of one page, and the page it was found on."""

    problem: Problem
    target: Target
    page: str
    """The page's source (as `SiteLinks.pages` keys it)."""

    def consequence(self, published: bool) -> str:
        """What a build that goes on does about it, for the page's warning."""
        if not published:
            return NOT_YET_PUBLIC
        return WITHOUT_IT if self.target.shown else WITHOUT_LINK


def refused(target: Target, found: Diagnosis) -> str:
    """The message for an address that is not a file of the site and not a usable web address."""
    url = shown(target.url)
    if found.kind == "scheme":
        return (f"'{url}' is not an address a page may use: links start with https://, http://, mailto: or tel:, "
                "or name a file of this site such as /images/rally.jpg")
    if found.kind == "no-host":
        return f"'{url}' has no web site after its //: write the whole address, e.g. https://www.example.org/report"
    if found.kind == "two-slashes":
        rest = urlsplit(target.url).path
        return (f"'{url}' starts with two slashes, which browsers read as the web site '{found.name}': write "
                f"/{found.name}{rest} for a file of this site, or the whole address with https:// for another site")
    if found.kind == "empty":
        return "a link with an empty address leads nowhere: write where it leads between the parentheses, " \
               "e.g. [the report](/files/report.pdf)"
    if found.kind == "outside-site":
        return (f"'{url}' leads out of the site's folders: write it from the site's root, e.g. /images/rally.jpg "
                "or /posts/2024/2024-05-05-rent-relief.md")
    return f"'{url}' cannot be read as an address: look for a stray bracket or space in it"


def not_found(site: SiteLinks, page: PageBody, target: Target, name: str) -> str:
    """The message for an address of this site that names no file or page the build publishes."""
    url = shown(target.url)
    written = unquote(urlsplit(target.url).path)
    suffix = posixpath.splitext(name)[1].lower()
    from_root = posixpath.normpath(written.lstrip("/"))
    docs = site.docs_dir.name
    if written.endswith("/") or suffix in ("", ".html", ".htm"):
        return _address(site, page, url, written)
    if suffix == ".md":
        if f"{name[:-3]}/index.md" in site.pages:
            return f"'{url}' is a folder toolkit: link its index.md, /{name[:-3]}/index.md"
        if name in site.broken_files:
            return f"'{url}' is {name}, which has problems of its own and is left out of the site: fix those first"
        if not written.startswith("/") and from_root in site.pages:
            return f"'{url}' is read from this file's folder: write it from the repository's root, /{from_root}"
        others = [source for source in site.pages if source != page.source]
        return (f"'{url}' is not a page of this site: check the file's name and folder.{_closest(name, others)}"
                " Items are linked by their file from the repository's root, e.g. /posts/2024/2024-05-05-rent-relief.md")
    if name.startswith(f"{docs}/") and name[len(docs) + 1:] in site.docs_files:
        return f"'{url}' names the file with its {docs}/ folder: write it without, /{name[len(docs) + 1:]}"
    if not written.startswith("/") and from_root in site.docs_files:
        return f"'{url}' is read from this file's folder: write it from the site's root, /{from_root}"
    base = posixpath.basename(name)
    what, folder = ("picture", "images") if target.picture or suffix in PICTURE_SUFFIXES else ("file", "files")
    if (site.root / name).is_file():
        return (f"'{url}' is next to {page.file}, not under {docs}/: move it to {docs}/{folder}/{base} "
                f"and link it as /{folder}/{quote(base)}")
    return (f"'{url}' is not a file under {docs}/: put the {what} in {docs}/{folder}/ and link it as "
            f"/{folder}/{quote(base)}.{_closest(name, site.docs_files)}").rstrip(".")


def _address(site: SiteLinks, page: PageBody, url: str, written: str) -> str:
    """The message for a link written as a web address of this site (`/toolkits/`) instead of a file."""
    address = written.lstrip("/") if written.startswith("/") else posixpath.join(page.path, written)
    address = posixpath.normpath(address) if address else ""
    for ending in ("index.html", "index.htm", ".html", ".htm"):
        address = address[: -len(ending)] if address.endswith(ending) else address
    address = "" if address in (".", "") else f"{address.rstrip('/')}/"
    linked = site.by_path.get(address)
    if linked is not None:
        what = "the address of" if linked.item is not None else "the address of the page"
        return (f"'{url}' is {what} {linked.file}: link the file instead, /{linked.source}, "
                "so the link keeps working if the address changes")
    if address in site.generated:
        return f"'{url}' is a page the site makes, which has no file: link it as /{address}index.md"
    return ("'" + url + "' is not a page of this site: link a page by its file, an item from the repository's root "
            "(/posts/2024/2024-05-05-rent-relief.md), a page under docs/ by its name there (/about.md), "
            "a listing by its address and index.md (/toolkits/index.md)")


def fragment_problem(page: PageBody, linked: PageBody, target: Target, fragment: str) -> str:
    """The message for `#anchor` that names no heading or anchor of the page it leads to."""
    ids = sorted(i for i in anchors(linked.rendered) if not i.startswith(("fn:", "fnref:")))
    close = difflib.get_close_matches(fragment, ids, n=1)
    hint = f" Did you mean '#{close[0]}'?" if close else ""
    if linked is page:
        return f"'{shown(target.url)}' is not a heading or anchor of this page.{hint} " \
               "A heading's anchor is its text in lowercase with hyphens: ## Rent relief → #rent-relief"
    return f"'{shown(target.url)}': {linked.file} has no heading or anchor '{fragment}'.{hint}"


def publication_problem(target: Target, linked: PageBody) -> str:
    """The message for a link to an item that is not on the site when the linking page is."""
    item = linked.item
    if item.draft:
        return (f"'{shown(target.url)}' is {linked.file}, which is a draft: the link would lead nowhere, so "
                "remove it until that item is published")
    when = f"{item.published_at:%Y-%m-%d %H:%M}"
    return (f"'{shown(target.url)}' is {linked.file}, which is not published until {when}: the link would lead "
            "nowhere until then, so remove it, or give this item the same date or embargo")


def shown(url: str) -> str:
    """`url` as a message prints it: cut when very long."""
    return url if len(url) <= LONGEST_SHOWN else url[: LONGEST_SHOWN - 1] + "…"


def _closest(name: str, choices) -> str:
    """` Did you mean '/x'?` for the choice whose file name is closest to `name`'s (other capitals first), or ''.

    File names are compared, not paths: every picture shares `images/`, which would make any two look alike.
    """
    lowered = {choice.lower(): choice for choice in choices}
    if name.lower() in lowered:
        return f" Did you mean '/{lowered[name.lower()]}'?"
    base = posixpath.basename(name).lower()
    scored = ((difflib.SequenceMatcher(None, base, posixpath.basename(key)).ratio(), key) for key in lowered)
    score, best = max(scored, default=(0.0, ""))
    return f" Did you mean '/{lowered[best]}'?" if score >= CLOSE_ENOUGH else ""
