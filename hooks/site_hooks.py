"""The MkDocs events that turn the content folders into the site.

Read top to bottom, this is the whole path of a Markdown file:
`on_config` reads the settings and the clock, `on_files` reads every item once
and adds the published ones as pages, `on_page_markdown` gives each item page
its body and template, `on_page_context` hands the item to the template.
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
from newsroom.content import Chapter, Item
from newsroom.dates import build_clock
from newsroom.problems import ProblemsFound
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
    pages: dict[str, Item | tuple[Item, Chapter]] = field(default_factory=dict)


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
    build.catalog = Catalog.load(build.root, build.settings, build.now, preview=build.preview)
    for problem in build.catalog.problems:
        log.warning(f"{problem} (this item is left out of the site until it is fixed)")
    for item in build.catalog.items:
        _add_page(files, config, build.root, item.source, item.path)
        build.pages[item.source] = item
        for chapter in item.chapters:
            _add_page(files, config, build.root, chapter.source, chapter.path)
            build.pages[chapter.source] = (item, chapter)
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # Material's templates expect raw HTML strings, so autoescaping is switched on
    # for our own templates only; they never print a title without it.
    env.autoescape = lambda name: bool(name) and name.startswith(OUR_TEMPLATES)
    env.filters["slug"] = slugify
    env.filters["long_date"] = lambda moment: f"{moment:%B} {moment.day}, {moment.year}"
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    found = _current().pages.get(page.file.src_uri)
    if found is None:
        return markdown
    item, chapter = found if isinstance(found, tuple) else (found, None)
    # Material prints page.meta values as raw HTML: give it escaped text.
    page.meta = {
        "title": escape(chapter.title if chapter else item.title),
        "description": escape(item.summary),
        "template": f"{OUR_TEMPLATES}item.html",
    }
    return chapter.body if chapter else item.body


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    build = _current()
    found = build.pages.get(page.file.src_uri)
    if found is None:
        return context
    item, chapter = found if isinstance(found, tuple) else (found, None)
    context["item"] = item
    context["chapter"] = chapter
    page.edit_url = _edit_url(config, chapter.source if chapter else item.source)
    return context


def _current() -> _Build:
    if _build is None:
        raise PluginError("The newsroom hooks ran before on_config: check the hooks list in mkdocs.yml")
    return _build


def _add_page(files: Files, config: MkDocsConfig, root: Path, source: str, url_path: str) -> None:
    # The page keeps its repository path as its source, so relative links written
    # between content files resolve, and is written at its contract URL.
    # It stays out of the navigation: Material renders the whole nav into every
    # page, so thousands of items there would make the build quadratic.
    file = File.generated(config, source, abs_src_path=str(root / source), inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = f"{url_path}index.html"
    files.append(file)


def _edit_url(config: MkDocsConfig, source: str) -> str | None:
    # edit_uri points at the docs folder; content folders sit beside it at the repository root.
    if not config.repo_url or not config.edit_uri:
        return None
    docs_folder = Path(config.docs_dir).name + "/"
    repo_root = config.edit_uri.removesuffix(docs_folder)
    return config.repo_url.rstrip("/") + "/" + repo_root.strip("/") + "/" + source
