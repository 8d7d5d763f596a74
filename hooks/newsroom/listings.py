"""The pages that list items: sections, issue areas and partners, paginated, and the home page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .content import Item
from .problems import Problem
from .sections import POSTS, PRESS, SECTIONS, TOOLKITS, Section
from .settings import IssueArea, Settings
from .slugs import slugify

ListingKind = Literal["section", "issue", "partner"]


@dataclass(frozen=True)
class Partner:
    name: str
    slug: str
    items: tuple[Item, ...]


@dataclass(frozen=True, eq=False)
class Listing:
    """Every item of one place on the site, newest first: a section, an issue area or a partner."""

    kind: ListingKind
    path: str
    """URL path of the first page, relative to the site root, with a trailing slash."""
    title: str
    description: str
    items: tuple[Item, ...]
    section: Section | None = None
    area: IssueArea | None = None


@dataclass(frozen=True, eq=False)
class Home:
    """What the home page shows besides its own text; no item shows twice.

    The rules come from the site contract (`featured` field, home page): the lead story is the newest
    featured item of any section (the newest item of all while none is featured); then the newest
    posts and press releases; then the other featured items, newest first, topped up with the newest
    toolkits to `size` cards, so the featured work never disappears and the row is never bare.
    """

    lead: Item | None
    posts: tuple[Item, ...]
    press: tuple[Item, ...]
    featured: tuple[Item, ...]
    areas: tuple[tuple[Listing, int], ...]

    @classmethod
    def choose(cls, items: Sequence[Item], areas: tuple[tuple[Listing, int], ...], size: int) -> Home:
        """`items` newest first; `size` cards per row of posts and press releases."""
        featured = [item for item in items if item.featured]
        lead = featured[0] if featured else (items[0] if items else None)

        def newest(section: Section) -> tuple[Item, ...]:
            return tuple(i for i in items if i.section is section and i is not lead)[:size]

        posts, press = newest(POSTS), newest(PRESS)
        shown = {lead, *posts, *press}
        more = [item for item in featured if item not in shown]
        more += [item for item in items if item.section is TOOLKITS and item not in shown and item not in more]
        return cls(lead, posts, press, tuple(more[:max(size, len(featured) - 1)]), areas)


@dataclass(frozen=True, eq=False)
class Listings:
    """Every listing of the site, built from the published items in one pass."""

    sections: tuple[Listing, ...]
    issues: tuple[Listing, ...]
    partners: tuple[Listing, ...]
    home: Home
    problems: tuple[Problem, ...] = field(default=())

    @classmethod
    def build(cls, items: Sequence[Item], settings: Settings, home_size: int = 4) -> Listings:
        """`items` must be newest first, as the catalog gives them."""
        by_section: dict[Section, list[Item]] = defaultdict(list)
        by_area: dict[IssueArea, list[Item]] = defaultdict(list)
        for item in items:
            by_section[item.section].append(item)
            for area in item.issues:
                by_area[area].append(item)
        partners, problems = group_partners(items)

        sections = tuple(
            Listing("section", f"{s.url}/", s.title, SECTION_DESCRIPTIONS[s.key], tuple(by_section[s]), section=s)
            for s in SECTIONS
        )
        issues = tuple(
            Listing("issue", f"issues/{a.slug}/", a.name, a.description, tuple(by_area[a]), area=a)
            for a in settings.issue_areas
        )
        partner_listings = tuple(
            Listing("partner", f"partners/{p.slug}/", p.name, f"Work by the network with {p.name}.", p.items)
            for p in partners
        )
        home = Home.choose(items, tuple((listing, len(listing.items)) for listing in issues), home_size)
        return cls(sections, issues, partner_listings, home, tuple(problems))


SECTION_DESCRIPTIONS = {
    "posts": "Analysis, stories and lessons from local elected officials across the network.",
    "press": "Press releases and statements from the Municipal Justice Network.",
    "toolkits": "Policy toolkits, model legislation and reports for local leaders.",
}


def group_partners(items: Iterable[Item]) -> tuple[list[Partner], list[Problem]]:
    """Partners by slug, sorted by name; two spellings with one slug are a problem naming both files."""
    members: dict[str, list[Item]] = defaultdict(list)
    spelling: dict[str, tuple[str, Item]] = {}
    problems: list[Problem] = []
    for item in sorted(items, key=lambda i: (i.published_at, i.source)):
        for name in item.partners:
            slug = slugify(name)
            first = spelling.setdefault(slug, (name, item))
            if first[0] != name:
                problems.append(Problem(
                    item.source, item.line_of("partners", name), "partners",
                    f"'{name}' and '{first[0]}' ({first[1].source}) would share the page /partners/{slug}/: "
                    f"write the name exactly as '{first[0]}'",
                ))
            members[slug].append(item)
    partners = [
        Partner(spelling[slug][0], slug, tuple(sorted(found, key=lambda i: (-i.date.timestamp(), i.source))))
        for slug, found in members.items()
    ]
    return sorted(partners, key=lambda p: p.name.casefold()), problems
