"""The site's own settings, declared once in `newsroom.yml` and validated at start-up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from .problems import Problem, ProblemsFound, did_you_mean
from .schema import Field, Record, Schema, read_record
from .slugs import slugify
from .yamltext import parse, read_text

SETTINGS_FILE = "newsroom.yml"


@dataclass(frozen=True)
class IssueArea:
    name: str
    slug: str
    description: str


@dataclass(frozen=True)
class Author:
    key: str
    name: str
    role: str = ""


DEFAULT_ISSUE_AREAS: tuple[IssueArea, ...] = tuple(
    IssueArea(name, slugify(name), description)
    for name, description in (
        ("Affordable Housing", "Homes people can afford: tenant protections, social housing and zoning that lets cities grow."),
        ("Immigrant Rights", "Welcoming cities: sanctuary policies, legal defense funds and access to services for every resident."),
        ("Police Reform", "Accountability and transparency in policing, from civilian oversight to use-of-force rules."),
        ("Economic Justice", "Budgets, wages and public investment that close the gaps between neighborhoods."),
        ("Workers' Rights", "Fair schedules, wage theft enforcement and the freedom to organize, at city hall and beyond."),
        ("Public Safety", "Safety that works: violence interruption, crisis response and investment in communities."),
        ("Democracy", "Fair elections, open government and making sure every resident has a voice."),
        ("Climate", "Clean energy, resilient infrastructure and green jobs, led by the communities hit first."),
    )
)


@dataclass(frozen=True)
class SocialLink:
    """One of the network's profiles elsewhere, linked in the footer."""

    name: str
    url: str


@dataclass(frozen=True)
class Settings:
    """Everything `newsroom.yml` can set, with the defaults the site ships."""

    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("America/New_York"))
    """Gives dates written without an offset their zone, and dates item URLs."""
    issue_areas: tuple[IssueArea, ...] = DEFAULT_ISSUE_AREAS
    """The controlled vocabulary of issue areas, in the order readers see them."""
    authors: dict[str, Author] = field(default_factory=dict)
    """Authors that items may name by key."""
    page_size: int = 12
    """Entries per page of a listing."""
    feed_size: int = 50
    """Newest entries kept in each feed."""
    social_image: str = ""
    """The image social cards show for pages without their own: a path under docs/, e.g. /press-kit/logo.png."""
    edit_url: str = ""
    """Where a file of the repository is edited, up to its path: gives each page its "Edit this page" link."""
    signup_url: str = ""
    """Where the sign-up forms post to (/join/ and the footer); empty hides them."""
    social: tuple[SocialLink, ...] = ()
    """The network's social media profiles, in the footer's order."""
    lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    """The line of each setting in newsroom.yml, for problems found later (a missing social image)."""

    def issue_area(self, name: str) -> IssueArea | None:
        """The area an author meant by `name`, ignoring case and punctuation."""
        wanted = slugify(name)
        return next((area for area in self.issue_areas if area.slug == wanted), None)

    def unknown_area(self, name: str) -> str:
        """What to tell an author who wrote `name`, which is not an issue area: the closest one, or all."""
        known = [area.name for area in self.issue_areas]
        hint = did_you_mean(name, known) or f" The issue areas are: {', '.join(known)}."
        return f"'{name}' is not one of the site's issue areas.{hint}"


SOCIAL_LINK = Schema.of(
    "a social link",
    Field("name", "text", True, "The network's name for it, shown in the footer.", "name: Bluesky"),
    Field("url", "url", True, "The profile's address.", "url: https://bsky.app/profile/municipaljustice.org"),
)
ISSUE_AREA = Schema.of(
    "an issue area",
    Field("name", "text", True, "The area's name, as authors write it in issues:.", "name: Affordable Housing"),
    Field("description", "text", False, "One sentence for its page and the issue index.",
          "description: Homes people can afford."),
)
AUTHOR = Schema.of(
    "an author",
    Field("name", "text", True, "The author's name as readers see it.", "name: Maria Okafor"),
    Field("role", "text", False, "Their role, shown with their name.", "role: Executive Director"),
)
SETTINGS_SCHEMA = Schema.of(
    "the settings",
    Field("timezone", "zone", False, "The time zone of dates written without an offset.",
          "timezone: America/New_York"),
    Field("issue_areas", "records", False, "The controlled vocabulary of issue areas, in the order readers see them.",
          "issue_areas: [{name: Affordable Housing, description: Homes people can afford.}]", ISSUE_AREA),
    Field("authors", "keyed", False, "Authors items may name by key.",
          "authors: {maria-okafor: {name: Maria Okafor, role: Executive Director}}", AUTHOR),
    Field("page_size", "integer", False, "Entries per page of a listing.", "page_size: 12"),
    Field("feed_size", "integer", False, "Newest entries kept in each feed.", "feed_size: 50"),
    Field("social_image", "text", False, "The image social cards show for pages without their own.",
          "social_image: /press-kit/mjn-logo-indigo-512.png"),
    Field("edit_url", "url", False, "Where a file of the repository is edited, up to its path.",
          "edit_url: https://github.com/owner/repo/edit/main/"),
    Field("signup_url", "url", False, "Where the sign-up form on /join/ and the footer posts to.",
          "signup_url: https://act.municipaljustice.org/signup"),
    Field("social", "records", False, "The network's social media profiles, linked in the footer.",
          "social: [{name: Bluesky, url: https://bsky.app/profile/municipaljustice.org}]", SOCIAL_LINK),
    noun="setting",
)


def load_settings(root: Path) -> Settings:
    """Read `newsroom.yml` at `root` against SETTINGS_SCHEMA; a missing file gives the defaults.

    Raises ProblemsFound naming every bad setting with its line.
    """
    path = root / SETTINGS_FILE
    if not path.exists():
        return Settings()
    document = parse(read_text(path, SETTINGS_FILE), SETTINGS_FILE, what="file")
    if document.node is not None and not isinstance(document.node, yaml.MappingNode):
        raise ProblemsFound([Problem(SETTINGS_FILE, 1, "file", "must be settings written as name: value")])
    record = read_record(document, document.node, SETTINGS_SCHEMA)
    values = {name: value for name, value in record.values.items() if value is not None}
    if "issue_areas" in values:
        values["issue_areas"] = _issue_areas(record, values["issue_areas"])
    if "authors" in values:
        values["authors"] = {key: Author(key, entry.values["name"], entry.values["role"] or "")
                             for key, entry in values["authors"].items()}
    if "social" in values:
        values["social"] = tuple(SocialLink(entry.values["name"], entry.values["url"]) for entry in values["social"])
    if "edit_url" in values:
        values["edit_url"] = values["edit_url"].rstrip("/") + "/"
    if record.problems:
        raise ProblemsFound(record.problems)
    return Settings(**values, lines=dict(record.lines))


def _issue_areas(record: Record, entries: tuple[Record, ...]) -> tuple[IssueArea, ...]:
    areas: list[IssueArea] = []
    for entry in entries:
        name = entry.values["name"]
        if any(area.slug == slugify(name) for area in areas):
            record.problem("issue_areas", f"'{name}' is listed twice: keep one", entry.line_of("name"))
            continue
        areas.append(IssueArea(name, slugify(name), entry.values["description"] or ""))
    if not areas:
        record.problem("issue_areas", "must list at least one area, each with a name and a description")
    return tuple(areas)
