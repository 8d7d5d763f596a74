"""The content item: one Markdown file with front matter, read and validated into a typed model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit
from typing import Mapping

import yaml
from frontmatter.default_handlers import YAMLHandler

from .fields import CHAPTER_SCHEMA, ITEM_SCHEMA
from .markdown_render import BodyRenderer
from .problems import Problem, ProblemsFound, did_you_mean
from .schema import Record, Schema, read_record
from .sections import PRESS, Section
from .settings import IssueArea, Settings
from .slugs import item_slug_problem, slugify, without_date_prefix
from .summaries import default_summary
from .updates import Update, read_updates, shown_at
from .yamltext import control_characters, parse, read_text


@dataclass(frozen=True)
class Chapter:
    """A sub-page of a folder toolkit."""

    source: str
    title: str
    slug: str
    body: str
    path: str
    """URL path relative to the site root, with a trailing slash."""
    body_line: int = 1
    """The file's line number of the body's first line."""


@dataclass(frozen=True, eq=False)
class Item:
    """One published (or publishable) piece of content: a post, a press release or a toolkit."""

    section: Section
    source: str
    """The file, relative to the repository root, with forward slashes."""
    title: str
    date: datetime
    issues: tuple[IssueArea, ...]
    partners: tuple[str, ...]
    authors: tuple[str, ...]
    summary: str
    draft: bool
    embargo: datetime | None
    slug: str
    image: str | None
    featured: bool
    body: str
    chapters: tuple[Chapter, ...] = field(default=())
    image_alt: str = ""
    """The image's text alternative; empty for a decorative image or none."""
    body_line: int = 1
    """The file's line number of the body's first line."""
    lines: Mapping[str, int] = field(default_factory=dict)
    """The line of each front-matter field as written, so later problems name the real line."""
    summary_written: bool = False
    """Whether `summary` is the author's `summary:`; else it is the first paragraph, which the page shows anyway."""
    dateline: str = ""
    """Press releases: where the release is issued from, as written."""
    contacts: tuple[str, ...] = ()
    """Press releases: keys of people in data/media.yml; empty means the press office."""
    updates: tuple[Update, ...] = ()
    """Corrections and updates, newest first."""
    signatories: str = ""
    """The signers' CSV file's name, as written (relative to the item's folder); empty without one."""

    @property
    def updated(self) -> datetime:
        """The newest update's date, else `date`: Atom's `<updated>`, JSON Feed's `date_modified`, the sitemap's lastmod."""
        return self.updates[0].date if self.updates else self.date

    def as_of(self, now: datetime) -> Item:
        """The item as the build at clock `now` shows it: updates dated later are not public yet."""
        shown = shown_at(self.updates, now)
        return self if shown == self.updates else replace(self, updates=shown)

    def line_of(self, name: str, value: str | None = None) -> int:
        """The line of the field `name` (or of one `value` of a list) in the item's file; 1 when not written."""
        return self.lines.get(f"{name}:{value}") or self.lines.get(name, 1)

    @property
    def published_at(self) -> datetime:
        """The later of `date` and `embargo`: the moment the item starts to exist on the site."""
        return max(self.date, self.embargo) if self.embargo else self.date

    @property
    def path(self) -> str:
        """URL path relative to the site root, with a trailing slash."""
        return self.section.item_path(self.date.year, self.date.month, self.slug)

    def is_public(self, now: datetime) -> bool:
        return not self.draft and self.published_at <= now


# ---------------------------------------------------------------------------
# Reading a file


_HANDLER = YAMLHandler()


@dataclass(frozen=True)
class _Source:
    """A content file split into its front matter (read against `schema`) and its body."""

    record: Record
    body: str
    body_line: int
    """The file's line number of the body's first line."""


def _read_source(path: Path, rel: str, schema: Schema, settings: Settings) -> _Source:
    """Split and read a file; raises ProblemsFound when it cannot be read at all."""
    def fail(message: str, line: int = 1, field_name: str = "file") -> ProblemsFound:
        return ProblemsFound([Problem(rel, line, field_name, message)])

    text = read_text(path, rel)
    if not text.strip():
        raise fail("is empty: start it with front matter (a line ---, fields such as title: and date:, then ---) and the text")
    if not _HANDLER.detect(text):
        raise fail("has no front matter: the first line must be --- followed by fields such as title: and date:, then a line ---")
    try:
        raw_fields, body = _HANDLER.split(text)
    except ValueError:
        raise fail("has front matter that never ends: add a line --- after the last field") from None
    body_line = text[: len(text) - len(body)].count("\n") + 1
    # The fields start on the file's first line, after its ---: YAML's lines are the file's.
    document = parse(raw_fields, rel, first_line=1)
    if document.node is not None and not isinstance(document.node, yaml.MappingNode):
        raise fail("the front matter must be fields written as name: value, one per line", 2, "front matter")
    problems = control_characters(body, rel, body_line)
    record = read_record(document, document.node, schema, context=settings)
    if problems:
        raise ProblemsFound(problems + record.problems)
    return _Source(record, body, body_line)


def read_item(path: Path, rel: str, section: Section, settings: Settings,
              chapter_files: tuple[tuple[Path, str], ...] = (), *, renderer: BodyRenderer | None = None) -> Item:
    """Read and validate one item file and its chapters.

    Returns the `Item`; raises ProblemsFound with every problem of the file and its chapters
    (the rules: the site contract's "Content" and "Input that is messy but meant").
    `renderer` renders the body for the default summary (`summaries.default_summary`).
    """
    if path.name == "index.md" and not (section.key == "toolkits" and path.parent.parent.name == section.key):
        raise ProblemsFound([Problem(rel, 1, "file", "index.md is only the name of a folder toolkit's main page "
                                     "(toolkits/<slug>/index.md): name the file after the item, e.g. "
                                     f"{section.key}/2026/2026-06-01-rent-relief-passes.md")])
    source = _read_source(path, rel, ITEM_SCHEMA, settings)
    record, values = source.record, source.record.values
    slug = _item_slug(record, path)
    image, image_alt = values["image"] or None, values["image_alt"]
    if image and urlsplit(image).scheme not in ("", "http", "https"):
        record.problem("image", f"'{image}' is not a picture the site can show: give a path under docs/, "
                                "e.g. image: /images/rally.jpg, or an https:// address")
    if image and image_alt is None and "image_alt" not in record.lines:
        record.problem("image", "has no image_alt: describe what the picture shows for readers who cannot "
                                'see it, for example image_alt: "Tenants rally outside City Hall" '
                                '(or image_alt: "" if it is purely decorative)')
    authors = _authors(record, settings)
    partners = _partners(record)
    updates = read_updates(record)
    for name in _PRESS_ONLY:
        if section is not PRESS and name in record.lines:
            record.problem(name, f"is for press releases only (files under press/): remove it from this "
                                 f"{section.singular.lower()}")
    problems = list(record.problems)
    chapters: list[Chapter] = []
    date = values["date"]
    if date is not None and slug:
        item_path = section.item_path(date.year, date.month, slug)
        for chapter_path, chapter_rel in chapter_files:
            try:
                chapters.append(_read_chapter(chapter_path, chapter_rel, item_path, settings))
            except ProblemsFound as found:
                problems += found.problems
        problems += _chapter_clashes(chapters)
    if problems:
        raise ProblemsFound(problems)
    return Item(
        section=section, source=rel, title=values["title"], date=date, embargo=values["embargo"],
        issues=values["issues"], slug=slug, partners=partners, authors=authors,
        summary=values["summary"] or default_summary(source.body, renderer), summary_written=bool(values["summary"]),
        draft=bool(values["draft"]),
        image=image, image_alt=image_alt or "", featured=bool(values["featured"]),
        body=source.body, body_line=source.body_line, lines=MappingProxyType(dict(record.lines)),
        chapters=tuple(chapters), dateline=values["dateline"] or "", contacts=values["contacts"] or (),
        updates=updates, signatories=values["signatories"] or "",
    )


_PRESS_ONLY = ("dateline", "contacts")
"""Fields of a press release's header (site contract, "Press releases as journalists expect them")."""


def _partners(record: Record) -> tuple[str, ...]:
    names = record.values["partners"] or ()
    for name in names:
        if not slugify(name):
            record.problem("partners", f"'{name}' gives its page no web address (it has no letters or digits): "
                                       "write the organisation's name")
    return tuple(name for name in names if slugify(name))


def _authors(record: Record, settings: Settings) -> tuple[str, ...]:
    """Author names: a key of newsroom.yml's authors gives that author's name; other text is a name as written.

    Text written like a key (no spaces, lowercase) that is close to a key is a misspelt key.
    """
    names: list[str] = []
    for name in record.values["authors"] or ():
        if name in settings.authors:
            names.append(settings.authors[name].name)
            continue
        hint = did_you_mean(name, settings.authors) if " " not in name and name == name.lower() else ""
        if hint:
            record.problem("authors", f"'{name}' is not a key of the authors in newsroom.yml.{hint} "
                                      "Write the key exactly, or the author's full name")
        names.append(name)
    return tuple(names)


def _chapter_clashes(chapters: list[Chapter]) -> list[Problem]:
    """Two chapters whose names give one address: the second would replace the first."""
    first: dict[str, Chapter] = {}
    problems: list[Problem] = []
    for chapter in chapters:
        earlier = first.setdefault(chapter.slug, chapter)
        if earlier is not chapter:
            problems.append(Problem(chapter.source, 1, "file", f"gives the address /{chapter.path} which "
                                    f"{earlier.source} already has: rename one of the two files"))
    return problems


def _item_slug(record: Record, path: Path) -> str:
    """The item's slug, from its `slug:` field or else its file name; empty when that is refused."""
    written = record.values["slug"]
    stem = path.parent.name if path.name == "index.md" else path.stem
    text = written or without_date_prefix(stem)
    if (message := item_slug_problem(text, bool(written))) is not None:
        record.problem("slug", message) if written else record.problem("file", message, line=1)
        return ""
    return slugify(text)


_ORDER_PREFIX = re.compile(r"^\d+[-_. ]+")


def _read_chapter(path: Path, rel: str, item_path: str, settings: Settings) -> Chapter:
    source = _read_source(path, rel, CHAPTER_SCHEMA, settings)
    if source.record.problems:
        raise ProblemsFound(source.record.problems)
    slug = slugify(_ORDER_PREFIX.sub("", path.stem)) or slugify(path.stem)
    return Chapter(source=rel, title=source.record.values["title"] or "", slug=slug, body=source.body,
                   path=f"{item_path}{slug}/", body_line=source.body_line)
