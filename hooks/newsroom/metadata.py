"""What a page tells search engines and social networks: description, OpenGraph, Twitter card, JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass, field

from .content import Item
from .feeds import SiteInfo
from .media import Contact
from .pages import ItemPage
from .releases import Release
from .sections import TOOLKITS
from .urls import absolute_url, encode_url


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    url: str
    image: str
    type: str
    """OpenGraph type: `article` for items, `website` otherwise."""
    published: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    json_ld: dict = field(default_factory=dict)


def page_meta(view: object, site: SiteInfo, url: str, title: str, description: str, default_image: str,
              *, is_home: bool = False, release: Release | None = None) -> PageMeta:
    """The metadata of one page; `title` and `description` are plain text; every URL in it is percent-encoded;
    `release`, a press release's header (its dateline and contacts go into the JSON-LD)."""
    url = encode_url(url)
    image = absolute(site, default_image) if default_image else ""
    if isinstance(view, ItemPage):
        item = view.item
        image = absolute(site, item.image) if item.image else image
        return PageMeta(
            title=title, description=item.summary, url=url, image=image, type="article",
            published=item.date.isoformat(), section=item.section.title,
            tags=tuple(area.name for area in item.issues),
            json_ld=_article(item, site, url, title, image, release),
        )
    json_ld = _organization(site, image) if is_home else {
        "@context": "https://schema.org", "@type": "WebPage", "name": title, "url": url,
        "isPartOf": {"@type": "WebSite", "name": site.name, "url": site.url},
    }
    return PageMeta(title=title, description=description or site.description, url=url, image=image,
                    type="website", json_ld=json_ld)


def absolute(site: SiteInfo, path: str) -> str:
    """An image path as authors write it (`/images/x.jpg`, or a full URL) made absolute and percent-encoded."""
    return absolute_url(site.url, path)


def _article(item: Item, site: SiteInfo, url: str, title: str, image: str, release: Release | None) -> dict:
    authors = [{"@type": "Person", "name": name} for name in item.authors] or [_publisher(site)]
    data = {
        "@context": "https://schema.org",
        # Toolkits are reports; posts and press releases are news articles.
        "@type": "Report" if item.section is TOOLKITS else "NewsArticle",
        "headline": title,
        "description": item.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": item.date.isoformat(),
        "author": authors,
        "publisher": _publisher(site),
        "about": [area.name for area in item.issues],
        "articleSection": item.section.title,
    }
    if image:
        data["image"] = [image]
    if item.updates:
        data["dateModified"] = item.updated.isoformat()
    if release is not None:
        # schema.org: a NewsArticle's dateline; whom to call, as the publisher's media contact points.
        if release.place:
            data["dateline"] = release.place
        data["publisher"] = {**data["publisher"], "contactPoint": [_contact_point(c) for c in release.contacts]}
    return data


def _contact_point(contact: Contact) -> dict:
    point = {"@type": "ContactPoint", "contactType": "media relations", "name": contact.name}
    if contact.email:
        point["email"] = contact.email
    if contact.phone:
        point["telephone"] = contact.phone
    return point


def _publisher(site: SiteInfo) -> dict:
    return {"@type": "Organization", "name": site.name, "url": site.url}


def _organization(site: SiteInfo, image: str) -> dict:
    data = {"@context": "https://schema.org", "@type": "Organization", "name": site.name, "url": site.url,
            "description": site.description}
    if image:
        data["logo"] = image
    return data
