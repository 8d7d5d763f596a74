"""The site's own settings, declared once in `newsroom.yml` and validated at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .problems import Problem, ProblemsFound, did_you_mean
from .slugs import slugify
from .yamlnodes import compose_reporting, read_text

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

    def issue_area(self, name: str) -> IssueArea | None:
        """The area an author meant by `name`, ignoring case and punctuation."""
        wanted = slugify(name)
        return next((area for area in self.issue_areas if area.slug == wanted), None)

    def unknown_area(self, name: str) -> str:
        """What to tell an author who wrote `name`, which is not an issue area: the closest one, or all."""
        known = [area.name for area in self.issue_areas]
        hint = did_you_mean(name, known) or f" The issue areas are: {', '.join(known)}."
        return f"'{name}' is not one of the site's issue areas.{hint}"


def load_settings(root: Path) -> Settings:
    """Read `newsroom.yml` at `root`; a missing file gives the defaults.

    Raises ProblemsFound naming every bad setting.
    """
    path = root / SETTINGS_FILE
    if not path.exists():
        return Settings()
    data, _ = compose_reporting(read_text(path, SETTINGS_FILE), SETTINGS_FILE, "file")
    return _validate(data or {})


def _validate(data: object) -> Settings:
    problems: list[Problem] = []

    def problem(field_name: str, message: str) -> None:
        problems.append(Problem(SETTINGS_FILE, 1, field_name, message))

    if not isinstance(data, dict):
        raise ProblemsFound([Problem(SETTINGS_FILE, 1, "file", "must be a mapping of settings")])
    known = {"timezone", "issue_areas", "authors", "page_size", "feed_size", "edit_url", "social_image"}
    for unknown in sorted(set(data) - known):
        hint = did_you_mean(str(unknown), known) or f" The settings are: {', '.join(sorted(known))}."
        problem(str(unknown), f"is not a setting.{hint}")

    values: dict[str, object] = {}
    if "timezone" in data:
        try:
            values["timezone"] = ZoneInfo(str(data["timezone"]))
        except (ZoneInfoNotFoundError, ValueError):
            problem("timezone", f"'{data['timezone']}' is not a time zone name such as America/New_York")
    for name in ("page_size", "feed_size"):
        if name in data:
            if isinstance(data[name], int) and not isinstance(data[name], bool) and data[name] > 0:
                values[name] = data[name]
            else:
                problem(name, "must be a whole number greater than 0")
    if "social_image" in data:
        values["social_image"] = str(data["social_image"] or "")
    if "edit_url" in data:
        edit_url = str(data["edit_url"] or "")
        if edit_url.startswith(("https://", "http://")):
            values["edit_url"] = edit_url.rstrip("/") + "/"
        else:
            problem("edit_url", "must be a web address such as https://github.com/owner/repo/edit/main/")
    if "issue_areas" in data:
        areas = _issue_areas(data["issue_areas"], problem)
        if areas:
            values["issue_areas"] = areas
    if "authors" in data:
        values["authors"] = _authors(data["authors"], problem)
    if problems:
        raise ProblemsFound(problems)
    return Settings(**values)  # type: ignore[arg-type]


def _issue_areas(entries: object, problem) -> tuple[IssueArea, ...]:
    if not isinstance(entries, list) or not entries:
        problem("issue_areas", "must be a list of areas, each with a name and a description")
        return ()
    areas: list[IssueArea] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            problem("issue_areas", f"entry {number} needs a name and a description")
            continue
        name = str(entry["name"]).strip()
        if any(area.slug == slugify(name) for area in areas):
            problem("issue_areas", f"'{name}' is listed twice")
            continue
        areas.append(IssueArea(name, slugify(name), str(entry.get("description") or "").strip()))
    return tuple(areas)


def _authors(entries: object, problem) -> dict[str, Author]:
    if not isinstance(entries, dict):
        problem("authors", "must map a short key to a name and role, e.g. maria-okafor: {name: Maria Okafor}")
        return {}
    authors: dict[str, Author] = {}
    for key, entry in entries.items():
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            problem("authors", f"'{key}' needs a name")
            continue
        authors[str(key)] = Author(str(key), str(entry["name"]).strip(), str(entry.get("role") or "").strip())
    return authors
