"""The pages the hooks add to the site, each knowing its path, title, description and template.

The templates under `overrides/newsroom/` receive one of these as `view`. Views sit on top of
the domain: they read listings, media data and feeds, and nothing in the domain imports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .content import Chapter, Item
from .feeds import FeedLink
from .listings import Listing, Listings
from .media import Contact, Coverage, MediaData, MediaKit
from .problems import Problem
from .sections import PRESS
from .settings import SocialLink

NEWEST_PRESS_RELEASES = 5


@dataclass(frozen=True, eq=False)
class Chrome:
    """What the header and footer of every page show, the 404 page's included (templates get it as `chrome`)."""

    signup_url: str
    """Where the sign-up forms post (`signup_url` in newsroom.yml); empty: the forms are not shown."""
    social: tuple[SocialLink, ...]
    press_contact: Contact | None
    """The first press contact of `data/media.yml`, or None while it lists none."""
    feeds: tuple[FeedLink, ...]
    """The whole site's feeds."""

    @classmethod
    def of(cls, signup_url: str, social: tuple[SocialLink, ...], kit: MediaKit | None,
           feeds: tuple[FeedLink, ...]) -> Chrome:
        contact = kit.contacts[0] if kit is not None and kit.contacts else None
        return cls(signup_url, social, contact, feeds)


@dataclass(frozen=True)
class Neighbour:
    """A page before or after another in reading order: a toolkit's overview and its chapters."""

    title: str
    path: str


@dataclass(frozen=True, eq=False)
class ItemPage:
    """An item's page, or one chapter of a folder toolkit."""

    item: Item
    chapter: Chapter | None = None
    template: str = "newsroom/item.html"

    @property
    def path(self) -> str:
        return self.chapter.path if self.chapter else self.item.path

    @property
    def source(self) -> str:
        return self.chapter.source if self.chapter else self.item.source

    @property
    def title(self) -> str:
        return self.chapter.title if self.chapter else self.item.title

    @property
    def description(self) -> str:
        return self.item.summary

    @property
    def reading_order(self) -> tuple[Neighbour, ...]:
        """A folder toolkit's overview, then its chapters in order; empty for an item without chapters."""
        if not self.item.chapters:
            return ()
        return (Neighbour(self.item.title, self.item.path),
                *(Neighbour(chapter.title, chapter.path) for chapter in self.item.chapters))

    @property
    def previous(self) -> Neighbour | None:
        """The page before this one in the toolkit's reading order."""
        order = [page.path for page in self.reading_order]
        at = order.index(self.path) if self.path in order else 0
        return self.reading_order[at - 1] if at > 0 else None

    @property
    def next(self) -> Neighbour | None:
        """The page after this one in the toolkit's reading order."""
        order = [page.path for page in self.reading_order]
        if self.path not in order:
            return None
        at = order.index(self.path)
        return self.reading_order[at + 1] if at + 1 < len(order) else None


@dataclass(frozen=True, eq=False)
class ProblemPage:
    """In the local preview only: an item that has stopped reading well, at the address it had.

    The preview never shows an outdated version of an item as if it were current: its page
    says what is wrong instead, until the file is fixed (issue "Messy real input", point 7).
    """

    item: Item
    """The item as it last read well, for its address and title."""
    problems: tuple[Problem, ...]
    template: str = "newsroom/problem.html"

    @property
    def path(self) -> str:
        return self.item.path

    @property
    def source(self) -> str:
        return self.item.source

    @property
    def title(self) -> str:
        return f"Not on the site until fixed: {self.item.title}"

    @property
    def description(self) -> str:
        return ""


class Paginated:
    """Page `number` of `count` pages of one list: the first at `first_path`, page n at `<first_path>page/<n>/`.

    Mixed into the dataclasses of listing pages, which give `number`, `count` and `first_path`.
    """

    number: int
    count: int
    first_path: str

    @property
    def path(self) -> str:
        return self.path_of(self.number)

    def path_of(self, number: int) -> str:
        return self.first_path if number == 1 else f"{self.first_path}page/{number}/"

    def numbered(self, title: str) -> str:
        """The list's title, with the page's number after the first page."""
        return title if self.number == 1 else f"{title} (page {self.number} of {self.count})"

    @property
    def previous_path(self) -> str | None:
        return self.path_of(self.number - 1) if self.number > 1 else None

    @property
    def next_path(self) -> str | None:
        return self.path_of(self.number + 1) if self.number < self.count else None


@dataclass(frozen=True, eq=False)
class ListingPage(Paginated):
    """One page of a listing, at `<listing>/` for the first and `<listing>/page/<n>/` after."""

    listing: Listing
    number: int
    items: tuple[Item, ...]
    count: int
    template: str = "newsroom/listing.html"

    @property
    def first_path(self) -> str:
        return self.listing.path

    @property
    def title(self) -> str:
        return self.numbered(self.listing.title)

    @property
    def description(self) -> str:
        return self.listing.description


@dataclass(frozen=True, eq=False)
class IndexPage:
    """A page listing the issue areas or the partners, each with its count."""

    path: str
    title: str
    description: str
    entries: tuple[tuple[Listing, int], ...]
    template: str


@dataclass(frozen=True, eq=False)
class SearchPage:
    """The search page, on Pagefind's index of the items."""

    path: str = "search/"
    title: str = "Search"
    description: str = "Search everything the network publishes, by issue area, section, partner and year."
    template: str = "newsroom/search.html"


@dataclass(frozen=True, eq=False)
class InTheNewsPage:
    """Coverage of the network in outside media, newest first."""

    coverage: tuple[Coverage, ...]
    path: str = "in-the-news/"
    title: str = "In the News"
    description: str = "Coverage of the network and its members in outside media."
    template: str = "newsroom/in-the-news.html"


@dataclass(frozen=True, eq=False)
class MediaPage:
    """The media page: how journalists reach the network, and what they can take away."""

    kit: MediaKit | None
    """Contacts, spokespeople, boilerplate, response times and press kit; None while `data/media.yml` is absent."""
    press_releases: tuple[Item, ...]
    """The newest press releases, newest first."""
    press_feeds: tuple[FeedLink, ...]
    in_the_news: InTheNewsPage
    coverage_shown: int = 3
    path: str = "media/"
    title: str = "Media"
    description: str = "Press contacts, spokespeople by issue area, the press kit and the latest press releases of the network."
    template: str = "newsroom/media.html"

    @property
    def coverage(self) -> tuple[Coverage, ...]:
        """The latest entries of In the News."""
        return self.in_the_news.coverage[:self.coverage_shown]


def listing_pages(listing: Listing, size: int) -> list[ListingPage]:
    """`listing` cut into pages of `size` entries; an empty listing still has its first page."""
    chunks = [listing.items[start:start + size] for start in range(0, len(listing.items), size)] or [()]
    return [ListingPage(listing, number, chunk, len(chunks)) for number, chunk in enumerate(chunks, start=1)]


def all_listing_pages(listings: Listings, size: int) -> Iterator[ListingPage | IndexPage]:
    """Every generated listing page: the paginated sections, issue areas and partners, then the two indexes."""
    for listing in (*listings.sections, *listings.issues, *listings.partners):
        yield from listing_pages(listing, size)
    yield IndexPage("issues/", "Issue areas", "Everything the network publishes, by issue area.",
                    tuple((listing, len(listing.items)) for listing in listings.issues), "newsroom/issues.html")
    yield IndexPage("partners/", "Partners", "The organisations the network works with.",
                    tuple((listing, len(listing.items)) for listing in listings.partners), "newsroom/partners.html")


def media_pages(media: MediaData, listings: Listings, press_feeds: tuple[FeedLink, ...]) -> tuple[MediaPage, InTheNewsPage]:
    """The media page and In the News; the newest press releases come from the press listing."""
    press = next(listing for listing in listings.sections if listing.section is PRESS)
    in_the_news = InTheNewsPage(media.coverage)
    return MediaPage(media.kit, press.items[:NEWEST_PRESS_RELEASES], press_feeds, in_the_news), in_the_news
