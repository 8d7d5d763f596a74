"""The content item: one Markdown file with front matter, read and validated into a typed model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from frontmatter.default_handlers import YAMLHandler

from .dates import parse_moment
from .fields import CHAPTER_FIELDS, ITEM_FIELDS, FieldSpec
from .problems import Problem, ProblemsFound, did_you_mean
from .sections import Section
from .settings import IssueArea, Settings
from .slugs import slug_from_filename, slugify
from .yamlnodes import compose_reporting, key_lines, read_text


@dataclass(frozen=True)
class Chapter:
    """A sub-page of a folder toolkit."""

    source: str
    title: str
    slug: str
    body: str
    path: str
    """URL path relative to the site root, with a trailing slash."""


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

    def linked_files(self) -> set[str]:
        """Files under the docs folder this item shows: its `image:` and what its text links from the
        site's root (`/images/x.jpg`), as paths relative to the docs folder."""
        found = {self.image.lstrip("/")} if self.image and "://" not in self.image else set()
        for body in (self.body, *(chapter.body for chapter in self.chapters)):
            found.update(_ROOT_LINK.findall(body))
        return found


# ---------------------------------------------------------------------------
# Reading a file


_ROOT_LINK = re.compile(r"\]\(\s*/([^)\s#?]+)")
_HANDLER = YAMLHandler()


@dataclass
class _Source:
    rel: str
    fields: dict[str, Any]
    lines: dict[str, int]
    body: str


def _read_source(path: Path, rel: str) -> _Source:
    """Split a file into front-matter fields (with their line numbers) and body."""
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

    # The fields start on the file's first line, after its ---: YAML's lines are the file's.
    data, node = compose_reporting(raw_fields, rel, "front matter")
    data = {} if node is None else data
    if not isinstance(data, dict):
        raise fail("the front matter must be fields written as name: value, one per line", 2, "front matter")

    lines, twice = key_lines(node)
    problems = [Problem(rel, line, key, f"is written twice (first on line {first}): keep only one")
                for key, line, first in twice]
    if problems:
        raise ProblemsFound(problems)
    return _Source(rel, {str(k): v for k, v in data.items()}, lines, body)


def _check_fields(source: _Source, schema: dict[str, FieldSpec]) -> list[Problem]:
    problems: list[Problem] = []
    for name in source.fields:
        if name not in schema:
            hint = did_you_mean(name, schema) or f" The fields are: {', '.join(schema)}."
            problems.append(Problem(source.rel, source.lines[name], name, f"is not a field the site knows.{hint}"))
    for spec in schema.values():
        value = source.fields.get(spec.name)
        if spec.required and (value is None or value == [] or (isinstance(value, str) and not value.strip())):
            state = "is empty" if spec.name in source.fields else "is missing"
            problems.append(Problem(source.rel, source.lines.get(spec.name, 1), spec.name,
                                    f"{state}: every item needs it, for example {spec.example}"))
    return problems


class _Fields:
    """Typed access to one file's fields, collecting a problem per bad value."""

    def __init__(self, source: _Source, settings: Settings) -> None:
        self.source = source
        self.settings = settings
        self.problems: list[Problem] = []

    def _problem(self, name: str, message: str) -> None:
        self.problems.append(Problem(self.source.rel, self.source.lines.get(name, 1), name, message))

    def text(self, name: str) -> str | None:
        value = self.source.fields.get(name)
        if isinstance(value, (dict, list)):
            self._problem(name, f"must be a single line of text, for example {ITEM_FIELDS[name].example}")
            return None
        text = "" if value is None else str(value).strip()
        return text or None

    def flag(self, name: str) -> bool:
        value = self.source.fields.get(name)
        if value is None:
            return False
        if not isinstance(value, bool):
            self._problem(name, f"must be true or false, not '{value}'")
            return False
        return value

    def moment(self, name: str) -> datetime | None:
        value = self.source.fields.get(name)
        if value is None or value == "":
            return None
        try:
            return parse_moment(value, self.settings.timezone)
        except ValueError as error:
            self._problem(name, str(error))
            return None

    def names(self, name: str) -> tuple[str, ...]:
        value = self.source.fields.get(name)
        if value is None:
            return ()
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, (dict, list)) or v is None or str(v).strip() == "" for v in values):
            self._problem(name, f"must be a list of names, for example {ITEM_FIELDS[name].example}")
            return ()
        names = [str(v).strip() for v in values]
        return tuple(dict.fromkeys(names))

    def partners(self) -> tuple[str, ...]:
        names = self.names("partners")
        for name in names:
            if not slugify(name):
                self._problem("partners", f"'{name}' gives its page no web address (no letters or digits a URL "
                                          "can use): write the name in Latin letters, as the organisation does in English")
        return tuple(name for name in names if slugify(name))

    def issue_areas(self) -> tuple[IssueArea, ...]:
        areas: list[IssueArea] = []
        for name in self.names("issues"):
            area = self.settings.issue_area(name)
            if area is None:
                self._problem("issues", self.settings.unknown_area(name))
            elif area not in areas:
                areas.append(area)
        return tuple(areas)

    def authors(self) -> tuple[str, ...]:
        return tuple(
            self.settings.authors[name].name if name in self.settings.authors else name
            for name in self.names("authors")
        )


def read_item(path: Path, rel: str, section: Section, settings: Settings,
              chapter_files: tuple[tuple[Path, str], ...] = ()) -> Item:
    """Read and validate one item; raises ProblemsFound with every problem of the file and its chapters."""
    source = _read_source(path, rel)
    problems = _check_fields(source, ITEM_FIELDS)
    fields = _Fields(source, settings)
    title, date, embargo = fields.text("title"), fields.moment("date"), fields.moment("embargo")
    issues = fields.issue_areas()
    slug = _item_slug(fields, path)
    item_fields = dict(
        title=title, date=date, embargo=embargo, issues=issues, slug=slug,
        partners=fields.partners(), authors=fields.authors(),
        summary=fields.text("summary") or first_paragraph(source.body),
        draft=fields.flag("draft"), image=fields.text("image"), featured=fields.flag("featured"),
    )
    problems += fields.problems
    chapters: list[Chapter] = []
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
    return Item(section=section, source=rel, body=source.body, chapters=tuple(chapters), **item_fields)  # type: ignore[arg-type]


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


def _item_slug(fields: _Fields, path: Path) -> str:
    written = fields.text("slug")
    stem = path.parent.name if path.name == "index.md" else path.stem
    slug = slugify(written) if written is not None else slug_from_filename(stem)
    if not slug:
        fields._problem("slug" if written is not None else "file",
                        "gives an empty web address: add a field such as slug: rent-relief-vote")
    return slug


_ORDER_PREFIX = re.compile(r"^\d+[-_. ]+")


def _read_chapter(path: Path, rel: str, item_path: str, settings: Settings) -> Chapter:
    source = _read_source(path, rel)
    problems = _check_fields(source, CHAPTER_FIELDS)
    fields = _Fields(source, settings)
    title = fields.text("title")
    problems += fields.problems
    if problems:
        raise ProblemsFound(problems)
    slug = slugify(_ORDER_PREFIX.sub("", path.stem)) or slugify(path.stem)
    return Chapter(source=rel, title=title or "", slug=slug, body=source.body, path=f"{item_path}{slug}/")


# ---------------------------------------------------------------------------
# Summaries

_BLOCK_MARKUP = re.compile(r"^\s*(#|!\[|<|\||>|[-*+] |\d+\. |```|~~~|---|\*\*\*|={3,}|\[\^)")
_INLINE_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_INLINE_MARKS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_SPACES = re.compile(r"\s+")


def first_paragraph(body: str) -> str:
    """The body's first paragraph of prose, as plain text: the default summary."""
    for block in re.split(r"\n\s*\n", body):
        if block.strip() and not _BLOCK_MARKUP.match(block):
            text = _INLINE_LINK.sub(lambda m: m.group(1) or m.group(2) or "", block)
            text = _INLINE_MARKS.sub(r"\2", text)
            return _SPACES.sub(" ", text).strip()
    return ""
