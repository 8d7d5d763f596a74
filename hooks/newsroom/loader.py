"""The one loader of the whole site: what the build outputs and every problem, for the build and `newsroom check`.

`load_site` reads the content (`catalog`), the media data (`media`), checks what only a look
across items shows (images, files shown by unpublished items, partner spellings) and builds
the listings. The MkDocs hooks and `newsroom check` both call it, so they apply the same rules
(site contract, "Input that is messy but meant": check fails whenever the strict build would).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .catalog import Catalog, ReadCache, claim_urls
from .content import Item
from .actions_feed import actions_place
from .data_site import DataSite, load_data
from .feeds import FORMATS, SiteInfo, feed_places
from .listings import Listings
from .markdown_render import BodyRenderer
from .media import MediaData, load_media
from .pages import SearchPage, all_listing_pages, media_pages
from .presskit import ZIP_PATH
from .problems import Problem
from .render_store import STORE_FILE
from .settings import SETTINGS_FILE, Settings
from .releases import Release, resolve_releases
from .signatories import PUBLISHED_NAME as SIGNATORIES_FILE
from .signatories import SignOn, read_sign_ons, with_counts
from .siteconfig import site_url
from .site_links import SiteLinks

LEFT_OUT = "this item is left out of the site until it is fixed"
BROKEN_IMAGE = "its cards and social cards show a broken image until it is fixed"
FIRST_SPELLING = "the partner's page lists the item under the first spelling"
MEDIA_LEFT_OUT = "left out of the media pages until it is fixed"
OTHER_CONTACTS = "the release shows its other contacts, or the press office, until it is fixed"
SIGNERS_LEFT_OUT = "the page's list of signers leaves it out until it is fixed"


@dataclass(frozen=True)
class Finding:
    """A problem, and what the non-strict build does about it (the strict build fails on any)."""

    problem: Problem
    consequence: str

    def __str__(self) -> str:
        return f"{self.problem} ({self.consequence})"


@dataclass(frozen=True)
class SiteLoad:
    """Everything one build of the site is made from, with every problem found on the way."""

    settings: Settings
    now: datetime
    catalog: Catalog
    listings: Listings
    media: MediaData
    findings: tuple[Finding, ...]
    """What fails the strict build, in the order met; the non-strict build warns and goes on."""
    withheld_files: frozenset[str] = frozenset()
    """Files under the docs folder that only unpublished items show: kept out of the site."""
    later_conflicts: tuple[Problem, ...] = field(default=())
    """URLs two items will claim once drafts and embargoed items are published: check reports them now."""
    links: SiteLinks | None = None
    """Every page body rendered, and what each of its links leads to."""
    releases: Mapping[Item, Release] = field(default_factory=dict)
    """Each press release's header and ending (contacts, dateline, boilerplate)."""
    sign_ons: Mapping[str, SignOn] = field(default_factory=dict)
    """The signers of each published sign-on letter, by the item's source."""
    data: DataSite = field(default_factory=DataSite)
    """The published toolkits' scorecards and the record of actions."""

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(finding.problem for finding in self.findings)


def load_site(root: Path, docs_dir: Path, settings: Settings, now: datetime, *, preview: bool = False,
              cache: ReadCache | None = None, renderer: BodyRenderer | None = None) -> SiteLoad:
    """Read the repository at `root` as the build at clock `now` sees it.

    `docs_dir` is MkDocs' docs folder (images and files are linked from it); `preview`
    keeps drafts, as the local preview shows them; `renderer` renders the bodies with the
    build's Markdown extensions (default: those mkdocs.yml names) and is kept by a caller that
    builds again, so that unchanged bodies are not rendered twice; renderings are also kept in
    `.cache/` for the next run (`render_store`). Never raises for bad content: every problem is
    a `Finding`.
    """
    owned = renderer is None
    renderer = renderer or BodyRenderer.from_mkdocs_yml(root)
    renderer.keep_on_disk(root / STORE_FILE)
    catalog = Catalog.load(root, settings, now, preview=preview, cache=cache, renderer=renderer)
    findings = [Finding(problem, LEFT_OUT) for problem in catalog.problems]
    # Sign-on letters' signers, counted into summaries before anything shows them.
    sign_ons, found = read_sign_ons(root, [*catalog.items, *catalog.withheld])
    findings += [Finding(problem, SIGNERS_LEFT_OUT) for problem in found]
    catalog = replace(catalog, items=with_counts(catalog.items, sign_ons),
                      withheld=with_counts(catalog.withheld, sign_ons))
    findings += [Finding(problem, BROKEN_IMAGE) for problem in image_problems(catalog.items, docs_dir)]
    listings = Listings.build(catalog.items, settings)
    findings += [Finding(problem, FIRST_SPELLING) for problem in listings.problems]
    media = load_media(root, docs_dir, settings, now.date())
    findings += [Finding(problem, MEDIA_LEFT_OUT) for problem in media.problems]
    image = settings.social_image
    if image and not urlsplit(image).scheme and not (docs_dir / unquote(image).lstrip("/")).is_file():
        problem = Problem(SETTINGS_FILE, settings.lines.get("social_image", 1), "social_image",
                          missing_image(image, docs_dir).replace("image: ", "social_image: "))
        findings.append(Finding(problem, "pages without a picture of their own have none on social media"))
    data = load_data(root, settings, now, catalog.items)
    findings += [Finding(problem, consequence) for problem, consequence in data.findings]
    links = SiteLinks.build(root, docs_dir, catalog.items, catalog.withheld, renderer,
                            generated_paths(listings, media, settings) | {view.path for view in data.pages()},
                            {p.path for p in catalog.problems},
                            generated_files(listings, data, [item for item in catalog.items if item.source in sign_ons]),
                            site_url(root))
    renderer.sweep()
    if owned:
        renderer.close()
    found = sorted(links.problems(), key=lambda link: link.problem)
    findings += [Finding(link.problem, link.consequence(link.page in links.output)) for link in found]
    everything = [*catalog.items, *catalog.withheld]
    # Drafts and embargoed releases too: their contacts are checked before they are published.
    releases, found = resolve_releases(everything, media.kit)
    findings += [Finding(problem, OTHER_CONTACTS) for problem in found]
    _, later = claim_urls(everything)
    published = {item.source for item in catalog.items}
    return SiteLoad(settings, now, catalog, listings, media, tuple(findings),
                    links.withheld_files(published_elsewhere(links, settings, media)), tuple(later), links, data=data,
                    releases=releases,
                    sign_ons={source: sign_on for source, sign_on in sign_ons.items() if source in published})


def generated_paths(listings: Listings, media: MediaData, settings: Settings) -> set[str]:
    """The URL paths of the pages the hooks make from the content (listings, index pages, media, search)."""
    views = (*all_listing_pages(listings, settings.page_size), SearchPage(), *media_pages(media, listings, ()))
    return {view.path for view in views}


def generated_files(listings: Listings, data: DataSite, signed: list[Item]) -> set[str]:
    """The files the build writes besides pages, from the site's root: every feed, the downloads beside the
    scorecards and sign-on releases (`signed`), the press kit's zip, the sitemap."""
    neutral = SiteInfo("", "/", "")
    places = [*feed_places(neutral, (), listings).values(), *([actions_place(neutral)] if data.actions.record.present else [])]
    return ({f"{place.path}{fmt.filename}" for place in places for fmt in FORMATS}
            | {f"{card.path}{name}" for card in data.scorecards for name in ("scorecard.csv", "scorecard.json")}
            | {f"{item.path}{SIGNATORIES_FILE}" for item in signed}
            | {ZIP_PATH, "sitemap.xml", "sitemap.xml.gz", "robots.txt"})


def published_elsewhere(links: SiteLinks, settings: Settings, media: MediaData) -> set[str]:
    """Files under docs/ the site shows whatever the items say: its social image and the press kit."""
    used = {links.docs_file(settings.social_image)} - {None}
    if media.kit is not None and media.kit.press_kit is not None:
        used |= {file.path for file in media.kit.press_kit.files}
    return used


def image_problems(items: tuple[Item, ...] | list[Item], docs_dir: Path) -> list[Problem]:
    """Each item whose `image:` is neither a web address nor a file under the docs folder.

    The path may be written plain (`Tenant Rally.png`) or percent-encoded (`Tenant%20Rally.png`).
    """
    problems: list[Problem] = []
    for item in items:
        if not item.image:
            continue
        if not urlsplit(item.image).scheme and not any((docs_dir / name.lstrip("/")).is_file() for name in (item.image, unquote(item.image))):
            problems.append(Problem(item.source, item.line_of("image"), "image", missing_image(item.image, docs_dir)))
    return problems


def missing_image(written: str, docs_dir: Path) -> str:
    """What to tell an author whose picture `written` is not a file under the docs folder.

    A name that differs only in capitals (`p1.PNG` for `p1.png`) works on a Mac and fails on the
    web server: say which file exists.
    """
    wanted = Path(unquote(written).lstrip("/"))
    folder = docs_dir / wanted.parent
    same = [p.name for p in folder.iterdir() if p.name.lower() == wanted.name.lower()] if folder.is_dir() else []
    if same:
        return (f"'{written}' is not a file under {docs_dir.name}/, but {(Path(docs_dir.name) / wanted.parent / same[0]).as_posix()} "
                f"is: capitals matter on the web, so write image: /{(wanted.parent / same[0]).as_posix()}")
    return (f"'{written}' is not a file under {docs_dir.name}/: put the image in {docs_dir.name}/images/ "
            f"and write its path from there, e.g. image: /images/{wanted.name}")
