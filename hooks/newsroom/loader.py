"""The one loader of the whole site: what the build outputs and every problem, for the build and `newsroom check`.

`load_site` reads the content (`catalog`), the media data (`media`), checks what only a look
across items shows (images, files shown by unpublished items, partner spellings) and builds
the listings. The MkDocs hooks and `newsroom check` both call it, so they apply the same rules
(site contract, "Input that is messy but meant": check fails whenever the strict build would).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .catalog import Catalog, ReadCache, claim_urls
from .content import Item
from .listings import Listings
from .markdown_render import BodyRenderer
from .media import MediaData, load_media
from .problems import Problem
from .settings import Settings

LEFT_OUT = "this item is left out of the site until it is fixed"
BROKEN_IMAGE = "its cards and social cards show a broken image until it is fixed"
FIRST_SPELLING = "the partner's page lists the item under the first spelling"
MEDIA_LEFT_OUT = "left out of the media pages until it is fixed"


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

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(finding.problem for finding in self.findings)


def load_site(root: Path, docs_dir: Path, settings: Settings, now: datetime, *, preview: bool = False,
              cache: ReadCache | None = None, renderer: BodyRenderer | None = None) -> SiteLoad:
    """Read the repository at `root` as the build at clock `now` sees it.

    `docs_dir` is MkDocs' docs folder (images and files are linked from it); `preview`
    keeps drafts, as the local preview shows them; `renderer` renders bodies as the site
    does (default: from `root`'s mkdocs.yml). Never raises for bad content: every
    problem is a `Finding`.
    """
    renderer = renderer or BodyRenderer.from_mkdocs_yml(root)
    renderer.sweep()
    catalog = Catalog.load(root, settings, now, preview=preview, cache=cache, renderer=renderer)
    findings = [Finding(problem, LEFT_OUT) for problem in catalog.problems]
    findings += [Finding(problem, BROKEN_IMAGE) for problem in image_problems(catalog.items, docs_dir)]
    listings = Listings.build(catalog.items, settings)
    findings += [Finding(problem, FIRST_SPELLING) for problem in listings.problems]
    media = load_media(root, docs_dir, settings, now.date())
    findings += [Finding(problem, MEDIA_LEFT_OUT) for problem in media.problems]
    everything = [*catalog.items, *catalog.withheld]
    _, later = claim_urls(everything)
    return SiteLoad(settings, now, catalog, listings, media, tuple(findings),
                    withheld_files(catalog), tuple(later))


def withheld_files(catalog: Catalog) -> frozenset[str]:
    """Files only unpublished items show: withheld until one of them is published, never while a published one shows them."""
    shown = {path for item in catalog.items for path in item.linked_files()}
    return frozenset({path for item in catalog.withheld for path in item.linked_files()} - shown)


def image_problems(items: tuple[Item, ...] | list[Item], docs_dir: Path) -> list[Problem]:
    """Each item whose `image:` is neither a web address nor a file under the docs folder.

    The path may be written plain (`Tenant Rally.png`) or percent-encoded (`Tenant%20Rally.png`).
    """
    problems: list[Problem] = []
    for item in items:
        if not item.image:
            continue
        if not urlsplit(item.image).scheme and not any((docs_dir / name.lstrip("/")).is_file() for name in (item.image, unquote(item.image))):
            problems.append(Problem(
                item.source, item.line_of("image"), "image",
                f"'{item.image}' is not a file under {docs_dir.name}/: put the image in {docs_dir.name}/images/ "
                f"and write its path from there, e.g. image: /images/{Path(unquote(item.image)).name}",
            ))
    return problems
