"""The MkDocs events that turn the content folders into the site.

Read top to bottom, this is the whole path of a Markdown file:
`on_startup` opens the process's `Session` (caches kept between preview rebuilds) and
`on_shutdown` closes it; `on_config` reads the settings and the clock; `on_files` loads the
whole site once (`newsroom.loader`), adds the published items as pages (each file already
holding its body), and the listings, media and search pages made from them; `on_env` dates
pages for the sitemap (after `on_nav` gives generated pages one that skips Markdown); `on_page_markdown` gives each page its title and template;
`on_page_content` keeps each item's HTML for its feed entries; `on_page_context` hands the
template its view (`newsroom.pages`), feed links and metadata, and starts the search index once
the item pages are written; `on_post_build` writes the feeds, the press kit and robots.txt, and
last waits for the search index (`on_build_error` stops it).
The domain code lives in the `newsroom` package beside this file.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from newsroom.content import Item
from newsroom.dates import build_clock, long_date
from newsroom.feeds import FeedPlace, SiteInfo, feed_places, render_all, robots_txt
from newsroom.images import Picture, picture
from newsroom.loader import SiteLoad, load_site
from newsroom.metadata import page_meta
from newsroom.loader import LEFT_OUT
from newsroom.pages import (Chrome, IndexPage, InTheNewsPage, ItemPage, ListingPage, MediaPage, ProblemPage, SearchPage,
                            all_listing_pages, media_pages)
from newsroom.page_links import page_html
from newsroom.problems import ProblemsFound
from newsroom.related import related_items
from newsroom.releases import with_dateline
from newsroom.sections import PRESS
from newsroom.signatories import PUBLISHED_NAME as SIGNERS_FILE, with_signers_note
from newsroom.scorecard_pages import JurisdictionPage, ScorecardPage, scorecard_pages
from newsroom.search_index import Indexing, SearchIndexError, index_site, start_indexing
from newsroom.session import Session
from newsroom.settings import Settings, load_settings
from newsroom.slugs import slugify
from newsroom.theme_fixes import without_toggle_autocomplete

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
    load: SiteLoad | None = None
    item_pages_left: int = 0
    """Item pages (chapters included) not yet handed to their template."""
    indexing: Indexing | None = None
    """Pagefind, once every item page is written."""
    related: dict[Item, tuple[Item, ...]] = field(default_factory=dict)
    pages: dict[str, ItemPage | ProblemPage | ListingPage | IndexPage | SearchPage | MediaPage | InTheNewsPage] = field(
        default_factory=dict)
    """Every page the hooks add, by its source URI in MkDocs' files."""
    site: SiteInfo | None = None
    feeds: dict[str, FeedPlace] = field(default_factory=dict)
    chrome: Chrome | None = None
    """What every page's header and footer show."""
    pictures: dict[str, Picture] = field(default_factory=dict)
    """Each item image as pages show it, by the `image:` its items give."""


_session: Session | None = None
"""The process's state, opened in `on_startup` and closed in `on_shutdown`; replaced, never patched."""
_build: _Build | None = None
"""This build's state, made anew in `on_config`."""


def on_startup(command: str, dirty: bool) -> None:
    global _session
    if _session is not None:
        _session.close()
    _session = Session(command, dirty)
    if command == "serve" and dirty:
        # The preview (`make serve`) is dirty on purpose and keeps listings fresh itself (see
        # `_fingerprint_file`): MkDocs' warning that navigation may be stale does not apply.
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_build_warning)


def on_shutdown() -> None:
    global _session, _build
    if _session is not None:
        _session.close()
    _session, _build = None, None
    logging.getLogger("mkdocs.commands.build").removeFilter(_not_the_dirty_build_warning)


def _not_the_dirty_build_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build, _session
    # Called without on_startup (MkDocs' Python API used directly): a plain build.
    _session = _session or Session()
    _session.begin_build()
    root = Path(config.config_file_path).parent
    try:
        settings = load_settings(root)
    except ProblemsFound as found:
        raise PluginError(f"The site settings need fixing:\n{found}") from None
    try:
        now = build_clock(settings.timezone)
    except ValueError as error:
        raise PluginError(str(error)) from None
    if not config.site_url:
        raise PluginError(
            "site_url is missing from mkdocs.yml: feeds and social cards need the site's absolute address. "
            "Add a line such as site_url: https://www.example.org/"
        )
    site = SiteInfo(config.site_name, config.site_url.rstrip("/") + "/", config.site_description or "",
                    config.theme.get("language") or "en")
    _build = _Build(root=root, settings=settings, now=now, preview=_session.preview, site=site)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    build = _current()
    load = build.load = load_site(build.root, Path(config.docs_dir), build.settings, build.now,
                                  preview=build.preview, cache=_session.cache,
                                  renderer=_session.renderer(config.markdown_extensions, config.mdx_configs))
    for finding in load.findings:
        log.warning(str(finding))
    for path in sorted(load.withheld_files):
        if (file := files.get_file_from_path(path)) is not None:
            files.remove(file)
    build.pictures = {item.image: found for item in load.catalog.items
                      if item.image and (found := picture(item.image, Path(config.docs_dir)))}
    for item in load.catalog.items:
        _add_page(files, config, build.root, ItemPage(item))
        if (sign_on := load.sign_ons.get(item.source)) is not None:
            # The signers' list beside the page, for download; the CSV in the repository is never copied.
            files.append(File.generated(config, f"{item.path}{SIGNERS_FILE}", content=sign_on.csv_bytes(),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
            if _session.quick:
                # The page shows the CSV, which a quick rebuild does not compare with the page.
                files.get_file_from_path(item.source).is_modified = lambda: True
        for chapter in item.chapters:
            _add_page(files, config, build.root, ItemPage(item, chapter))
    # Search indexes the items and the scorecards (their pages carry data-pagefind-body).
    build.item_pages_left = sum(1 + len(item.chapters) for item in load.catalog.items) \
        + len(scorecard_pages(load.data.scorecards))
    if build.preview:
        for item, problems in load.catalog.broken:
            _add_page(files, config, build.root, ProblemPage(item, problems))

    build.feeds = feed_places(build.site, load.catalog.items, load.listings)
    press_feeds = build.feeds[PRESS.key].links
    build.chrome = Chrome.of(build.settings.signup_url, build.settings.social, load.media.kit,
                             build.feeds["site"].links)
    views = (*all_listing_pages(load.listings, build.settings.page_size), SearchPage(),
             *media_pages(load.media, load.listings, press_feeds), *load.data.pages())
    for view in views:
        _add_generated_page(files, config, view)

    build.related = related_items(load.catalog.items)
    if _session.quick and (home := files.get_file_from_path("index.md")) is not None:
        # The home page lists the newest items, which its own file does not show.
        home.is_modified = lambda: True
    return files


def on_nav(nav, config: MkDocsConfig, files: Files):
    # Generated pages get a page that skips Markdown (`_GeneratedPage`); the few in the navigation
    # (the tabs) keep the page MkDocs made for them, which carries their title in the tabs.
    for src_uri, view in _current().pages.items():
        file = files.get_file_from_path(src_uri)
        if not isinstance(view, (ItemPage, ProblemPage)) and file is not None and file.page is None:
            _GeneratedPage(None, file, config)
    return nav


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # The sitemap is rendered before the pages: date them here, from the content,
    # so that it carries each item's date and two builds give the same file.
    for file in files.documentation_pages():
        if file.page is not None:
            file.page.update_date = _lastmod(_current().pages.get(file.src_uri))
    # Material's templates expect raw HTML strings, so autoescaping is switched on
    # for our own templates only; they never print a title without it.
    env.autoescape = lambda name: bool(name) and name.startswith(OUR_TEMPLATES)
    env.globals["picture"] = lambda image: _current().pictures.get(image) if image else None
    env.filters["slug"] = slugify
    env.filters["long_date"] = long_date
    env.globals.update(_current().load.data.template_globals())
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    view = _current().pages.get(page.file.src_uri)
    if view is None:
        # Hand-written pages of docs/ read as the items do: the home page as a front page, the others
        # (About, Join) as articles.
        page.meta.setdefault("template", "newsroom/home.html" if page.is_homepage else "newsroom/page.html")
        return markdown
    # Material prints page.meta values as raw HTML: give it escaped text.
    page.meta = {
        "title": escape(view.title),
        "description": escape(view.description),
        "template": view.template,
        # Listings do the navigating; the sidebar would only repeat the tabs.
        "hide": getattr(view, "hide", ["navigation"]),
    }
    # The loader rendered each item's body once already: on_page_content hands MkDocs that HTML.
    return "" if isinstance(view, ItemPage) else markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    view = _current().pages.get(page.file.src_uri)
    links = _current().load.links
    if (body := links.pages.get(page.file.src_uri)) is not None and (view is None or isinstance(view, ItemPage)):
        # Links made relative to the page in any tag, refused ones left out (newsroom.page_links).
        html = page_html(links, body, html if view is None else None)
        if view is not None:
            page.toc = get_toc(list(body.rendered.toc_tokens))
    if isinstance(view, ItemPage) and view.chapter is None:
        if (release := _current().load.releases.get(view.item)) is not None:
            html = with_dateline(html, release.dateline)
        sign_on = _current().load.sign_ons.get(view.item.source)
        _session.rendered[view.item.source] = with_signers_note(html, sign_on) if sign_on else html
    return html


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    build = _current()
    view = build.pages.get(page.file.src_uri)
    _index_when_the_items_are_written(build, view, Path(config.site_dir))
    context["view"] = view
    context["chrome"] = build.chrome
    context["feed_links"] = [link for place in _feeds_of(view) for link in place.links]
    context["feed_links"] += build.load.data.feed_links(view, build.site)
    if isinstance(view, ItemPage):
        context["related"] = build.related.get(view.item, ())
        context["release"] = build.load.releases.get(view.item) if view.chapter is None else None
        context["sign_on"] = build.load.sign_ons.get(view.item.source) if view.chapter is None else None
        page.edit_url = _edit_url(build.settings, view.source)
    elif isinstance(view, ListingPage) and build.preview:
        context["left_out"] = [finding.problem for finding in build.load.findings if finding.consequence == LEFT_OUT]
    elif view is None or not page.file.generated_by:
        page.edit_url = _edit_url(build.settings, f"{Path(config.docs_dir).name}/{page.file.src_uri}")
    elif getattr(view, "edit_source", None):
        page.edit_url = _edit_url(build.settings, view.edit_source)
    if page.is_homepage and build.load is not None:
        context["home"] = build.load.listings.home
    title = view.title if view is not None else (build.site.name if page.is_homepage else page.title or "")
    description = view.description if view is not None else page.meta.get("description", "")
    context["meta"] = page_meta(view, build.site, page.canonical_url or build.site.url, title, description,
                                build.settings.social_image, is_home=page.is_homepage,
                                release=context.get("release"))
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    # Pages rendered from theme templates alone (the 404 page) link the site's feeds too.
    context["feed_links"] = [link for place in _feeds_of(None) for link in place.links]
    context.setdefault("chrome", _current().chrome)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return without_toggle_autocomplete(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return without_toggle_autocomplete(output_content)


def on_post_build(config: MkDocsConfig) -> None:
    build = _current()
    started = time.perf_counter()
    newest = build.load.catalog.items[0].date if build.load.catalog.items else datetime.fromtimestamp(0, build.settings.timezone)
    # A quick preview rebuild renders only what changed: the others' HTML is from earlier builds.
    _session.keep_rendered(item.source for item in build.load.catalog.items)
    contents = {item: _session.rendered.get(item.source, "") for item in build.load.catalog.items}
    feeds = render_all(build.feeds.values(), build.site, contents, build.settings.feed_size, newest)
    for place, files in feeds:
        folder = Path(config.site_dir) / place.path
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
    written = 3 * len(build.feeds) + build.load.data.write_feeds(Path(config.site_dir), build.site, build.settings)
    log.info(f"feeds: {written} files in {time.perf_counter() - started:.2f}s")
    build.load.media.write_press_kit(Path(config.site_dir))
    build.load.data.write_downloads(Path(config.site_dir), build.site)
    (Path(config.site_dir) / "robots.txt").write_text(robots_txt(build.site), encoding="utf-8")

    # Last, the search index, made from the built item pages (started early by a full build).
    if _session.quick:
        # A quick preview rebuild does not wait for it: search catches up a few seconds later.
        _session.in_background(lambda: _index_quietly(Path(config.site_dir)))
        return
    indexing, build.indexing = build.indexing or start_indexing(Path(config.site_dir)), None
    waited = time.perf_counter()
    try:
        indexing.wait()
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
    done = time.perf_counter()
    log.info(f"search index: built in {done - indexing.started:.2f}s, {done - waited:.2f}s of it after the pages")


def on_build_error(error: Exception) -> None:
    if _build is not None and _build.indexing is not None:
        _build.indexing.cancel()
        _build.indexing = None


def _index_when_the_items_are_written(build: _Build, view: object, site_dir: Path) -> None:
    """Start Pagefind once the last page it indexes (items, scorecards) is on disk, so it indexes while the listings render.

    MkDocs writes pages in the order `on_files` added them, items first; a page's file is written
    after its context is made, so the items are all on disk when the page after the last one starts.
    Not in the preview, whose pages for broken items come after the items, at their addresses.
    """
    if build.indexing is None and build.item_pages_left == 0 and build.load is not None \
            and build.load.catalog.items and not build.preview:
        build.indexing = start_indexing(site_dir)
    if isinstance(view, (ItemPage, ScorecardPage, JurisdictionPage)):
        build.item_pages_left -= 1


def _index_quietly(site_dir: Path) -> None:
    try:
        index_site(site_dir)
    except SearchIndexError as error:
        log.warning(f"The preview's search is out of date: {error}")


def _lastmod(view: object) -> str:
    """An item's newest update (else its date), a listing's newest item's date; for other pages the site's newest item's.

    Never the build's clock, which would change the sitemap on every build.
    """
    if isinstance(view, ItemPage):
        return view.item.updated.date().isoformat()
    items = getattr(view, "items", ()) or _current().load.catalog.items
    return items[0].date.date().isoformat() if items else "1970-01-01"


def _feeds_of(view: object) -> list[FeedPlace]:
    """The places whose feeds a page links: the whole site, plus its section and issue areas."""
    feeds = _current().feeds
    keys = ["site"]
    if isinstance(view, ItemPage):
        keys += [view.item.section.key] + [f"issue:{area.slug}" for area in view.item.issues]
    elif isinstance(view, ListingPage) and view.listing.section is not None:
        keys.append(view.listing.section.key)
    elif isinstance(view, ListingPage) and view.listing.area is not None:
        keys.append(f"issue:{view.listing.area.slug}")
    elif isinstance(view, MediaPage):
        keys.append(PRESS.key)
    return [feeds[key] for key in keys if key in feeds]


def _current() -> _Build:
    if _build is None:
        raise PluginError("The newsroom hooks ran before on_config: check the hooks list in mkdocs.yml")
    return _build


class _HeldFile(File):
    """A page whose Markdown the hooks already hold; its file on disk only tells a quick rebuild whether it changed.

    MkDocs then neither reads the file again nor parses its front matter a second time.
    """

    markdown: str = ""

    @property
    def content_string(self) -> str:
        return self.markdown


def _add_page(files: Files, config: MkDocsConfig, root: Path, view: ItemPage | ProblemPage) -> None:
    # The page keeps its repository path as its source, so relative links written
    # between content files resolve, and is written at its contract URL.
    # It stays out of the navigation: Material renders the whole nav into every
    # page, so thousands of items there would make the build quadratic.
    file = _HeldFile.generated(config, view.source, abs_src_path=str(root / view.source),
                               inclusion=InclusionLevel.NOT_IN_NAV)
    if isinstance(view, ItemPage):
        file.markdown = view.chapter.body if view.chapter else view.item.body
    file.dest_uri = f"{view.path}index.html"
    files.append(file)
    _current().pages[view.source] = view


def _add_generated_page(files: Files, config: MkDocsConfig,
                        view: ListingPage | IndexPage | SearchPage | MediaPage | InTheNewsPage) -> None:
    src_uri = f"{view.path}index.md"
    # A page of docs/ at the same address opens the generated page: docs/issues/climate.md is
    # the story at the top of /issues/climate/ (its links resolve from where its author wrote them).
    if (opening := files.get_file_from_path(f"{view.path.rstrip('/')}.md")) is not None:
        opening.inclusion = InclusionLevel.NOT_IN_NAV
        if _session.quick:
            opening.is_modified = lambda: True  # it also shows the listing's newest items
        _current().pages[opening.src_uri] = view
        return
    # First pages of the section listings and the issue index are tabs (see `nav` in
    # mkdocs.yml); every other listing page is reached through links, not the nav.
    if _session.quick and (isinstance(view, ListingPage) or hasattr(view, "fingerprint")):
        file = _HeldFile.generated(config, src_uri, abs_src_path=str(_fingerprint_file(src_uri, view)),
                                   inclusion=InclusionLevel.NOT_IN_NAV)
    else:
        file = File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
    files.append(file)
    _current().pages[src_uri] = view


class _GeneratedPage(Page):
    """A page its template draws alone (listing, issue, partner, media, search): no Markdown to convert.

    MkDocs would still set up a Markdown converter with every extension for each of them, a tenth
    of the build on a site with a thousand partner pages. MkDocs uses the page a hook gives a file.
    """

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content, self.toc, self._title_from_render = "", get_toc([]), None
        self.present_anchor_ids, self.links_to_anchors = set(), {}


def _fingerprint_file(src_uri: str, view: ListingPage) -> Path:
    """A file that changes only when what the listing page shows changes.

    MkDocs' dirty build then re-renders the listings that show an edited item, and skips
    the hundreds of others.
    """
    path = _session.scratch() / src_uri
    # Pages made from the data files say what they show themselves (newsroom.data_site).
    fingerprint = view.fingerprint() if hasattr(view, "fingerprint") else repr((view.title, view.number, view.count, [
        (i.path, i.title, i.date.isoformat(), i.summary, i.section.key, [a.slug for a in i.issues], i.image, i.draft)
        for i in view.items
    ], _current().load.data.actions.record.digest if view.listing.kind == "issue" else None))
    if not path.exists() or path.read_text(encoding="utf-8") != fingerprint:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fingerprint, encoding="utf-8")
    return path


def _edit_url(settings: Settings, source: str) -> str | None:
    return settings.edit_url + source if settings.edit_url else None
