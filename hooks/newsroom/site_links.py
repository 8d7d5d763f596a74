"""What every link and picture of the site's pages leads to, what is wrong with it, and which files stay unpublished.

One `SiteLinks` is made per build (and per `newsroom check`) from the content and the docs folder.
It checks each address of each item, chapter and hand-written page against the files the build
publishes (site contract, "Input that is messy but meant": check fails whenever the strict build
would, naming the file and the line of the link), and works out which files under docs/ only
unpublished items show ("Files an unpublished item links to or shows … stay unpublished").
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from frontmatter.default_handlers import YAMLHandler

from .content import Item
from .link_messages import Diagnosis, LinkProblem, fragment_problem, not_found, publication_problem, refused
from .links import Target, anchors, line_of, targets
from .markdown_render import BodyRenderer, Rendered
from .problems import Problem

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
"""The only schemes a body may use (issue 11: no `javascript:`, `data:` or other ways to run or smuggle content)."""


@dataclass(frozen=True, eq=False)
class PageBody:
    """One page's Markdown as the build renders it: an item, a chapter or a page under docs/."""

    source: str
    """Its name among MkDocs' files: the repository path of content, the docs-relative path of docs pages."""
    file: str
    """The file, relative to the repository, as messages name it."""
    path: str
    """Its URL path relative to the site root, with a trailing slash (empty for the home page)."""
    body: str
    body_line: int
    rendered: Rendered
    item: Item | None = None
    """The item the page belongs to; None for a page under docs/."""


@dataclass(frozen=True)
class Resolved:
    """Where an address leads: `file` (a file under docs/), a `page`, or `outside` the site."""

    kind: str
    """`outside`, `file` (under docs/), `page`, `generated` (a page the hooks make) or `generated-file` (a feed)."""
    name: str = ""
    """The file under docs/ (docs-relative) or the page's source; empty when outside."""
    fragment: str = ""


class SiteLinks:
    """Every page body of one build, the files it may link to, and what each address leads to."""

    def __init__(self, root: Path, docs_dir: Path, bodies: list[PageBody], output: set[str],
                 generated: Iterable[str], broken_files: Iterable[str] = (), generated_files: Iterable[str] = (),
                 site_url: str = "") -> None:
        self.root, self.docs_dir = root, docs_dir
        self.bodies = bodies
        self.pages = {page.source: page for page in bodies}
        self.output = output
        """Sources of the pages this build writes."""
        self.generated = frozenset(generated)
        """URL paths of the pages the hooks make (listings, media, search), with a trailing slash."""
        self.broken_files = frozenset(broken_files)
        """Content files that could not be read into items: each has problems of its own."""
        self.generated_files = frozenset(generated_files)
        """Files the build writes besides pages (feeds, the press kit's zip), from the site's root."""
        self.docs_files = frozenset(docs_files(docs_dir))
        self.by_path = {page.path: page for page in bodies}
        own = urlsplit(site_url)
        self._own_site = (own.netloc.lower(), own.path.rstrip("/") + "/") if own.netloc else None

    @classmethod
    def build(cls, root: Path, docs_dir: Path, published: Iterable[Item], unpublished: Iterable[Item],
              renderer: BodyRenderer, generated: Iterable[str], broken_files: Iterable[str] = (),
              generated_files: Iterable[str] = (), site_url: str = "") -> SiteLinks:
        """Render every item, chapter and docs page body (once each, through `renderer`'s cache).

        `generated` are the URL paths of the pages the hooks make, `generated_files` the other
        files they write; `broken_files` the content files with problems; `site_url` the site's
        own address, so that a link pasted with it (`https://www.example.org/files/x.pdf`) is
        checked, and withheld, like `/files/x.pdf`.
        """
        published = list(published)
        out = set(published)
        bodies = [*item_bodies([*published, *unpublished], renderer), *docs_bodies(root, docs_dir, renderer)]
        output = {page.source for page in bodies if page.item is None or page.item in out}
        return cls(root, docs_dir, bodies, output, generated, broken_files, generated_files, site_url)

    def resolve(self, page: PageBody, url: str) -> Resolved | Diagnosis:
        """Where `url`, written in `page`, leads; a `Diagnosis` when it leads nowhere or may not be used."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return Diagnosis("unreadable")
        local = self._from_root(parts)
        if local is not parts:
            # The site's own address pasted whole: a web address like any other, never refused, but
            # a file of the site it shows is shown all the same (withheld with an unpublished item).
            found = self.resolve(page, urlunsplit(local))
            return found if isinstance(found, Resolved) and found.kind == "file" else Resolved("outside")
        scheme = parts.scheme.lower()
        if scheme:
            return Resolved("outside") if scheme in SAFE_SCHEMES and (parts.netloc or scheme not in ("http", "https")) \
                else Diagnosis("scheme" if scheme not in SAFE_SCHEMES else "no-host")
        if parts.netloc:
            return Diagnosis("two-slashes", parts.netloc)
        if not parts.path:
            return Resolved("page", page.source, parts.fragment) if url else Diagnosis("empty")
        path = unquote(parts.path)
        name = posixpath.normpath(path.lstrip("/") if path.startswith("/") else
                                  posixpath.join(posixpath.dirname(page.source), path))
        if name == ".." or name.startswith("../"):
            return Diagnosis("outside-site")
        if name in self.docs_files:
            return Resolved("page" if name.endswith(".md") else "file", name, parts.fragment)
        if name in self.pages:
            return Resolved("page", name, parts.fragment)
        if posixpath.basename(name) == "index.md" and _folder(name) in self.generated:
            return Resolved("generated", name, parts.fragment)
        if name in self.generated_files:
            return Resolved("generated-file", name, parts.fragment)
        return Diagnosis("not-found", name)

    def _from_root(self, parts):
        """This site's own address pasted whole (`https://www.example.org/files/x.pdf`) as its path from the root."""
        if parts.scheme.lower() in ("http", "https") and self._own_site and parts.netloc.lower() == self._own_site[0] \
                and (parts.path + "/").startswith(self._own_site[1]):
            return urlsplit(urlunsplit(("", "", "/" + parts.path[len(self._own_site[1]):], parts.query, parts.fragment)))
        return parts

    def check(self, page: PageBody, target: Target) -> tuple[Resolved | Diagnosis, str | None]:
        """Where `target` of `page` leads, and what is wrong with it (None when nothing is)."""
        found = self.resolve(page, target.url)
        return found, self._problem(page, target, found)

    def url_of(self, found: Resolved) -> str | None:
        """The URL path (from the site's root, percent-encoded) of a file or page of this site; None outside it."""
        if found.kind in ("file", "generated-file"):
            return quote(found.name)
        if found.kind == "page":
            return self.pages[found.name].path or "./" if found.name in self.pages else None
        return _folder(found.name) or "./" if found.kind == "generated" else None

    def problems(self) -> Iterator[LinkProblem]:
        """Every address of every page that leads nowhere, to something unpublished, or that is refused."""
        for page in self.bodies:
            for target in targets(page.rendered):
                _, problem = self.check(page, target)
                if problem is not None:
                    line = line_of(page.body, page.body_line, target)
                    yield LinkProblem(Problem(page.file, line, "link", problem), target, page.source)

    def _problem(self, page: PageBody, target: Target, found: Resolved | Diagnosis) -> str | None:
        if isinstance(found, Diagnosis):
            return refused(target, found) if found.kind != "not-found" else not_found(self, page, target, found.name)
        if found.kind != "page":
            return None
        linked = self.pages.get(found.name)
        if linked is None:
            return None
        if found.fragment and found.fragment not in anchors(linked.rendered) and found.fragment != "top":
            return fragment_problem(page, linked, target, found.fragment)
        if linked.item is not None and found.name not in self.output and not self._published_together(page, linked):
            return publication_problem(target, linked)
        return None

    def _published_together(self, page: PageBody, linked: PageBody) -> bool:
        """Whether `linked` is on the site whenever `page` is: both unpublished, `linked` out no later."""
        if page.source in self.output or page.item is None or linked.item is None:
            return False
        if linked.item is page.item:
            return True
        return (not linked.item.draft or page.item.draft) and linked.item.published_at <= page.item.published_at

    def shown_files(self, page: PageBody) -> set[str]:
        """The files under docs/ that `page` links to or shows (docs-relative paths); pages are not files."""
        found = set()
        for target in targets(page.rendered):
            where = self.resolve(page, target.url)
            if isinstance(where, Resolved) and where.kind == "file":
                found.add(where.name)
        return found

    def withheld_files(self, published_elsewhere: Iterable[str] = ()) -> frozenset[str]:
        """Files under docs/ that only unpublished items link to or show (bodies, chapters, `image:`).

        A file a published page, a published item's `image:` or `published_elsewhere` (the site's
        social image, the press kit) uses too is never withheld.
        """
        unpublished: set[str] = set()
        published: set[str] = set(published_elsewhere)
        items: dict[Item, bool] = {}
        for page in self.bodies:
            (published if page.source in self.output else unpublished).update(self.shown_files(page))
            if page.item is not None:
                items[page.item] = items.get(page.item, False) or page.source in self.output
        for item, out in items.items():
            if (image := self.docs_file(item.image)) is not None:
                (published if out else unpublished).add(image)
        return frozenset(unpublished - published)

    def docs_file(self, written: str | None) -> str | None:
        """The file under docs/ that a root-relative address (plain or percent-encoded) names, if there is one."""
        try:
            parts = self._from_root(urlsplit(written or ""))
        except ValueError:
            return None
        if not parts.path or parts.scheme or parts.netloc:
            return None
        for name in (parts.path, unquote(parts.path)):
            name = posixpath.normpath(name.lstrip("/"))
            if name in self.docs_files:
                return name
        return None


def item_bodies(items: Iterable[Item], renderer: BodyRenderer) -> Iterator[PageBody]:
    """Each item's body and each of its chapters', rendered."""
    for item in items:
        yield PageBody(item.source, item.source, item.path, item.body, item.body_line, renderer.render(item.body), item)
        for chapter in item.chapters:
            yield PageBody(chapter.source, chapter.source, chapter.path, chapter.body, chapter.body_line,
                           renderer.render(chapter.body), item)


_HANDLER = YAMLHandler()


def docs_bodies(root: Path, docs_dir: Path, renderer: BodyRenderer) -> Iterator[PageBody]:
    """Each Markdown page under docs/, without its front matter; a file MkDocs cannot read is MkDocs' to report."""
    for name in sorted(docs_files(docs_dir)):
        if not name.endswith(".md"):
            continue
        try:
            text = (docs_dir / name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        body = text
        if _HANDLER.detect(text):
            try:
                body = _HANDLER.split(text)[1]
            except ValueError:
                pass
        body_line = text[: len(text) - len(body)].count("\n") + 1
        try:
            file = (docs_dir / name).relative_to(root).as_posix()
        except ValueError:
            file = (docs_dir / name).as_posix()
        yield PageBody(name, file, docs_page_path(name), body, body_line, renderer.render(body))


def docs_files(docs_dir: Path) -> Iterator[str]:
    """Every file MkDocs publishes from docs/, docs-relative: hidden files and `templates/` are not (its `exclude_docs` default)."""
    if not docs_dir.is_dir():
        return
    for path in docs_dir.rglob("*"):
        name = path.relative_to(docs_dir).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in name.split("/")) \
                and not name.startswith("templates/"):
            yield name


def docs_page_path(name: str) -> str:
    """The URL path MkDocs gives a page under docs/ (`about.md` → `about/`, `index.md` → ``), directory URLs on."""
    stem, _ = posixpath.splitext(name)
    if posixpath.basename(stem) in ("index", "README"):
        folder = posixpath.dirname(stem)
        return f"{folder}/" if folder else ""
    return f"{stem}/"


def _folder(name: str) -> str:
    folder = posixpath.dirname(name)
    return f"{folder}/" if folder else ""
