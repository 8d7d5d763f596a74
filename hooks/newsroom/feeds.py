"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, each section and each issue area.

feedgen writes RSS and Atom; JSON Feed is serialised from the same entry data.
Every date comes from the content, never from the clock, so the same content
gives byte-identical feeds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import lxml.html
from feedgen.feed import FeedGenerator
from lxml.html import builder as E
from markupsafe import escape

from .content import Item
from .listings import Listings
from .search_index import PAGE_CHROME
from .updates import notes_element
from .urls import encode_url


@dataclass(frozen=True)
class SiteInfo:
    name: str
    url: str
    """Absolute, with a trailing slash."""
    description: str
    language: str = "en"


@dataclass(frozen=True)
class FeedFormat:
    filename: str
    media_type: str
    label: str


RSS = FeedFormat("feed.xml", "application/rss+xml", "RSS")
ATOM = FeedFormat("atom.xml", "application/atom+xml", "Atom")
JSON_FEED = FeedFormat("feed.json", "application/feed+json", "JSON Feed")
FORMATS = (RSS, ATOM, JSON_FEED)


@dataclass(frozen=True)
class FeedLink:
    """One `<link rel="alternate">` for a page's head."""

    title: str
    href: str
    media_type: str


@dataclass(frozen=True, eq=False)
class FeedPlace:
    """A place on the site with feeds: `/`, a section or an issue area."""

    key: str
    path: str
    """URL path relative to the site root: empty for the whole site, else with a trailing slash."""
    title: str
    description: str
    items: tuple[Item, ...]
    url: str
    """The place's page, absolute."""

    def feed_url(self, fmt: FeedFormat) -> str:
        return self.url + fmt.filename

    @cached_property
    def links(self) -> tuple[FeedLink, ...]:
        """Its feeds for a page's head; made once, then linked from every page of the place."""
        return tuple(FeedLink(f"{self.title} — {fmt.label}", self.feed_url(fmt), fmt.media_type) for fmt in FORMATS)


def feed_places(site: SiteInfo, items: Sequence[Item], listings: Listings) -> dict[str, FeedPlace]:
    """Every place with feeds, by key: `site`, a section key, or `issue:<slug>`."""
    places = [("site", "", site.name, site.description, tuple(items))]
    places += [(listing.section.key, listing.path, listing.title, listing.description, listing.items)
               for listing in listings.sections if listing.section is not None]
    places += [(f"issue:{listing.area.slug}", listing.path, listing.title, listing.description, listing.items)
               for listing in listings.issues if listing.area is not None]
    return {key: FeedPlace(key, path, title, description, found, urljoin(site.url, path))
            for key, path, title, description, found in places}


def render_all(places: Iterable[FeedPlace], site: SiteInfo, contents: Mapping[Item, str], size: int,
               fallback_updated: datetime) -> Iterator[tuple[FeedPlace, dict[str, bytes]]]:
    """Each place with its three feed files, by file name.

    `contents` holds each item's rendered HTML, with links relative to its page;
    `fallback_updated` dates a feed with no entries yet (the newest item of the site).
    An item is in several feeds (the site's, its section's, its issue areas'): its entry,
    links made absolute, is made once.
    """
    entries: dict[Item, _Entry] = {}
    for place in places:
        for item in place.items[:size]:
            if item not in entries:
                entries[item] = _Entry.of(item, site, contents.get(item, ""))
        yield place, render_feeds(place, site, [entries[item] for item in place.items[:size]], fallback_updated)


def render_feeds(place: FeedPlace, site: SiteInfo, entries: list[_Entry], fallback_updated: datetime) -> dict[str, bytes]:
    """The three feed files of one place, by file name, from its entries, newest first."""
    # The feed changed when its newest entry was published or any entry was last updated.
    updated = max(entry.item.updated for entry in entries) if entries else fallback_updated
    return {
        RSS.filename: _feedgen(place, site, entries, updated, RSS).rss_str(pretty=True),
        ATOM.filename: _feedgen(place, site, entries, updated, ATOM).atom_str(pretty=True),
        JSON_FEED.filename: _json_feed(place, site, entries),
    }


@dataclass(frozen=True)
class _Entry:
    item: Item
    id: str
    url: str
    content: str

    @classmethod
    def of(cls, item: Item, site: SiteInfo, html: str) -> _Entry:
        url = encode_url(urljoin(site.url, item.path))
        # Without a rendered body (a preview that has not rendered it yet), the summary, as HTML.
        content = entry_content(item, html, url) or str(escape(item.summary))
        return cls(item, entry_id(item, site), url, content)


TAG_DATE = "2024-01-01"
"""The date in every entry id: one at which the network held its domain, as RFC 4151 (section 2.1)
asks. Fixed for ever: changing it would change every id, and every reader would show every entry again."""


def entry_id(item: Item, site: SiteInfo) -> str:
    """A tag URI (RFC 4151) made from the item's URL alone: `tag:<host>,2024-01-01:/<path>`.

    Editing the title, summary, body or the date within its month (the URL stays) keeps the id,
    so feed readers update the entry instead of showing it twice (site contract: "Input that is
    messy but meant").
    """
    host = urlsplit(site.url).hostname or "localhost"
    return f"tag:{host},{TAG_DATE}:/{item.path}"


def entry_content(item: Item, html: str, base_url: str) -> str:
    """The article as a feed reader shows it, from one parse of the page's body `html`: the item's updates
    first (newest first), then the body without the page's chrome (`search_index.PAGE_CHROME`), every
    link and image made absolute against `base_url` and percent-encoded, for readers off the site.

    Empty when there is neither a body nor an update.
    """
    notes = notes_element(item.updates)
    if not html.strip() and notes is None:
        return ""
    container = lxml.html.fragment_fromstring(html, create_parent="div") if html.strip() else E.DIV()
    for chrome in (element for name in PAGE_CHROME for element in container.find_class(name)):
        # The "¶" after each heading and the "↩" after a footnote link the page's own anchors.
        chrome.drop_tree()
    if notes is not None:
        container.insert(0, notes)
    container.rewrite_links(lambda link: encode_url(urljoin(base_url, link.strip())), resolve_base_href=False)
    return lxml.html.tostring(container, encoding="unicode")


def feed_channel(place: FeedPlace, site: SiteInfo, updated: datetime, fmt: FeedFormat) -> FeedGenerator:
    """A feed of `place` without entries yet: id, titles, links, author, language and dates (from the content)."""
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(place.url)
    fg.title(place.title if place.key == "site" else f"{site.name} — {place.title}")
    fg.subtitle(place.description or site.name)
    # feedgen gives RSS's <link> the last link added: the HTML page, after the feed's own.
    fg.link(href=place.feed_url(fmt), rel="self", type=fmt.media_type)
    fg.link(href=place.url, rel="alternate")
    fg.author(name=site.name)
    fg.language(site.language)
    fg.generator("Municipal Justice Network newsroom")
    fg.updated(updated)
    fg.lastBuildDate(updated)
    return fg


def _feedgen(place: FeedPlace, site: SiteInfo, entries: list[_Entry], updated: datetime,
             fmt: FeedFormat) -> FeedGenerator:
    fg = feed_channel(place, site, updated, fmt)
    for entry in entries:
        item = entry.item
        fe = fg.add_entry(order="append")
        fe.id(entry.id)
        fe.guid(entry.id, permalink=False)
        fe.title(item.title)
        fe.link(href=entry.url, rel="alternate")
        fe.published(item.date)
        fe.updated(item.updated)
        if item.summary:
            fe.summary(item.summary)
        fe.content(entry.content, type="html")
        for area in item.issues:
            fe.category(term=area.name, label=area.name)
        for name in item.authors:
            fe.author(name=name)
        if item.authors:
            fe.dc.dc_creator(list(item.authors))
    return fg


def json_feed(place: FeedPlace, site: SiteInfo, items: list[dict]) -> bytes:
    """A JSON Feed 1.1 document of `place` with its `items` (JSON Feed item objects), as UTF-8 bytes."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": place.title if place.key == "site" else f"{site.name} — {place.title}",
        "home_page_url": place.url,
        "feed_url": place.feed_url(JSON_FEED),
        "description": place.description or site.name,
        "language": site.language,
        "authors": [{"name": site.name}],
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _json_feed(place: FeedPlace, site: SiteInfo, entries: list[_Entry]) -> bytes:
    return json_feed(place, site, [_json_item(entry) for entry in entries])


def _json_item(entry: _Entry) -> dict:
    item = entry.item
    fields: dict = {
        "id": entry.id,
        "url": entry.url,
        "title": item.title,
        "content_html": entry.content,
        "summary": item.summary,
        "date_published": item.date.isoformat(),
        "tags": [area.name for area in item.issues],
    }
    if item.updates:
        fields["date_modified"] = item.updated.isoformat()
    if item.authors:
        fields["authors"] = [{"name": name} for name in item.authors]
    return fields


def robots_txt(site: SiteInfo) -> str:
    """Every crawler may read everything; the sitemap says what there is."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site.url, 'sitemap.xml')}\n"
