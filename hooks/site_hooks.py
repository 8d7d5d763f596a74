"""The MkDocs events that turn the content folders into the site.

Read top to bottom, this is the whole path of a Markdown file:
`on_config` reads the settings and the clock; `on_files` reads every item once,
adds the published ones as pages and adds the listings made from them;
`on_page_markdown` gives each of those pages its body, title and template;
`on_page_context` hands the template its view (`newsroom.pages`).
The domain code lives in the `newsroom` package beside this file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from newsroom.catalog import Catalog
from newsroom.content import Item
from newsroom.dates import build_clock
from newsroom.listings import Listings
from newsroom.pages import IndexPage, ItemPage, ListingPage
from newsroom.problems import ProblemsFound
from newsroom.related import related_items
from newsroom.settings import Settings, load_settings
from newsroom.slugs import slugify

log = logging.getLogger("mkdocs.plugins.newsroom")

OUR_TEMPLATES = "newsroom/"
"""Templates under this folder of the overrides are rendered with autoescaping."""


@dataclass
class _Build:
    """What one build knows; made anew in `on_config` because MkDocs keeps this module loaded."""

    root: Path
    settings: Settings
    now: datetime
    preview: bool
    catalog: Catalog | None = None
    listings: Listings | None = None
    related: dict[Item, tuple[Item, ...]] = field(default_factory=dict)
    pages: dict[str, ItemPage | ListingPage | IndexPage] = field(default_factory=dict)
    """Every page the hooks add, by its source URI in MkDocs' files."""


_command = "build"
_build: _Build | None = None


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build
    root = Path(config.config_file_path).parent
    try:
        settings = load_settings(root)
    except ProblemsFound as found:
        raise PluginError(f"The site settings need fixing:\n{found}") from None
    try:
        now = build_clock(settings.timezone)
    except ValueError as error:
        raise PluginError(str(error)) from None
    _build = _Build(root=root, settings=settings, now=now, preview=_command == "serve")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    build = _current()
    catalog = build.catalog = Catalog.load(build.root, build.settings, build.now, preview=build.preview)
    for problem in catalog.problems:
        log.warning(f"{problem} (this item is left out of the site until it is fixed)")
    for item in catalog.items:
        _add_page(files, config, build.root, ItemPage(item))
        for chapter in item.chapters:
            _add_page(files, config, build.root, ItemPage(item, chapter))

    listings = build.listings = Listings.build(catalog.items, build.settings)
    for problem in listings.problems:
        log.warning(str(problem))
    for view in listings.pages(build.settings.page_size):
        _add_generated_page(files, config, view)
    build.related = related_items(catalog.items)
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # Material's templates expect raw HTML strings, so autoescaping is switched on
    # for our own templates only; they never print a title without it.
    env.autoescape = lambda name: bool(name) and name.startswith(OUR_TEMPLATES)
    env.filters["slug"] = slugify
    env.filters["long_date"] = lambda moment: f"{moment:%B} {moment.day}, {moment.year}"
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    view = _current().pages.get(page.file.src_uri)
    if view is None:
        if page.is_homepage:
            page.meta.setdefault("template", "newsroom/home.html")
            page.meta.setdefault("hide", ["navigation"])
        return markdown
    # Material prints page.meta values as raw HTML: give it escaped text.
    page.meta = {
        "title": escape(view.title),
        "description": escape(view.description),
        "template": view.template,
        # Listings do the navigating; the sidebar would only repeat the tabs.
        "hide": ["navigation"],
    }
    if isinstance(view, ItemPage):
        return view.chapter.body if view.chapter else view.item.body
    return markdown


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    build = _current()
    view = build.pages.get(page.file.src_uri)
    context["view"] = view
    if isinstance(view, ItemPage):
        context["related"] = build.related.get(view.item, ())
        page.edit_url = _edit_url(config, view.source)
    if page.is_homepage and build.listings is not None:
        context["home"] = build.listings.home
    return context


def _current() -> _Build:
    if _build is None:
        raise PluginError("The newsroom hooks ran before on_config: check the hooks list in mkdocs.yml")
    return _build


def _add_page(files: Files, config: MkDocsConfig, root: Path, view: ItemPage) -> None:
    # The page keeps its repository path as its source, so relative links written
    # between content files resolve, and is written at its contract URL.
    # It stays out of the navigation: Material renders the whole nav into every
    # page, so thousands of items there would make the build quadratic.
    file = File.generated(config, view.source, abs_src_path=str(root / view.source),
                          inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = f"{view.path}index.html"
    files.append(file)
    _current().pages[view.source] = view


def _add_generated_page(files: Files, config: MkDocsConfig, view: ListingPage | IndexPage) -> None:
    src_uri = f"{view.path}index.md"
    # First pages of the section listings and the issue index are tabs (see `nav` in
    # mkdocs.yml); every other listing page is reached through links, not the nav.
    files.append(File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
    _current().pages[src_uri] = view


def _edit_url(config: MkDocsConfig, source: str) -> str | None:
    # edit_uri points at the docs folder; content folders sit beside it at the repository root.
    if not config.repo_url or not config.edit_uri:
        return None
    docs_folder = Path(config.docs_dir).name + "/"
    repo_root = config.edit_uri.removesuffix(docs_folder)
    return config.repo_url.rstrip("/") + "/" + repo_root.strip("/") + "/" + source
