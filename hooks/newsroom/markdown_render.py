"""Item bodies rendered to HTML exactly as the site renders them, once per body, for whoever needs to read them.

What a body links to, which files it shows and what its first paragraph says are taken from
this rendering (STYLE.md, "Parse, don't pattern-match"), never from regexes over the source.
The extensions and their configs are mkdocs.yml's `markdown_extensions`, passed in as data:
the hooks hand over MkDocs' own validated lists, `newsroom check` reads mkdocs.yml
(`BodyRenderer.from_mkdocs_yml`). MkDocs' own tree processors (which rewrite links for a page)
are not run: the HTML keeps every address as its author wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
from lxml import html as lxml_html

from .render_store import RenderStore, fingerprint
from .siteconfig import mkdocs_config

MKDOCS_BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")
"""Extensions MkDocs always loads before mkdocs.yml's (mkdocs/config/defaults.py, `markdown_extensions`)."""


@dataclass(frozen=True, eq=False)
class Rendered:
    """One body as HTML, with what the rendering found on the way."""

    html: str
    """The body's HTML (Python-Markdown's XHTML-style serialisation), addresses as written."""
    toc_tokens: tuple[dict[str, Any], ...] = ()
    """The `toc` extension's headings (`level`, `id`, `name`, `children`), for a page's table of contents."""

    def parse(self) -> lxml_html.HtmlElement:
        """The HTML parsed by lxml: a new `<div>` holding the body's elements, free to change.

        Not kept: thousands of parsed trees would double the build's memory.
        """
        if not self.html.strip():
            return lxml_html.Element("div")
        return lxml_html.fragment_fromstring(self.html, create_parent="div")

    @property
    def root(self) -> lxml_html.HtmlElement:
        """The same as `parse()`: each reading parses anew, so no tree outlives its reader."""
        return self.parse()


class BodyRenderer:
    """Renders Markdown bodies with the site's extensions; each distinct body is rendered once.

    `extensions` are extension names (or `markdown.Extension` objects) in MkDocs' order;
    `configs` maps a name to its options, as mkdocs.yml's `markdown_extensions` entries and
    MkDocs' `mdx_configs` give them. Options that could not be read without MkDocs (a value
    that is `None`, as `!!python/name:` tags are read by `newsroom.siteconfig`) are left out;
    an extension that cannot load even then is skipped, and `skipped` says which and why.

    Results are cached by the body's text. One renderer lives as long as its caller wants
    (the preview keeps one across rebuilds); `sweep()` forgets the bodies not rendered or looked
    up since the previous sweep, so the cache holds only what the latest build used.
    Not thread-safe: one build at a time.
    """

    def __init__(self, extensions: Sequence[str | markdown.Extension],
                 configs: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        configs = dict(configs or {})
        kept: list[str | markdown.Extension] = []
        kept_configs: dict[str, dict[str, Any]] = {}
        skipped: list[str] = []
        for extension in extensions:
            name = extension if isinstance(extension, str) else type(extension).__name__
            options, unread = _readable(configs.get(name, {})) if isinstance(extension, str) else ({}, [])
            try:
                markdown.Markdown(extensions=[extension], extension_configs={name: options} if options else {})
            except Exception as error:  # an extension can fail in any way while loading: say which, go on
                why = (f"its options {', '.join(unread)} name Python objects only MkDocs loads"
                       if unread else f"it cannot be loaded ({type(error).__name__}: {error})")
                skipped.append(f"{name}: {why}; bodies are read without it")
                continue
            kept.append(extension)
            if unread:
                skipped.append(f"{name}: its options {', '.join(unread)} name Python objects only MkDocs loads; "
                               "bodies are read with that extension's defaults for them")
            if options:
                kept_configs[name] = options
        self.extensions: tuple[str | markdown.Extension, ...] = tuple(kept)
        self.configs: Mapping[str, Mapping[str, Any]] = kept_configs
        self.skipped: tuple[str, ...] = tuple(skipped)
        """One sentence per extension (or option) of mkdocs.yml not used here, and why."""
        self._md = markdown.Markdown(extensions=list(kept), extension_configs=kept_configs)
        self._cache: dict[str, Rendered] = {}
        self._used: set[str] = set()
        self._store: RenderStore | None = None

    @classmethod
    def from_mkdocs_yml(cls, root: Path) -> BodyRenderer:
        """The renderer for the site at `root`, read from its mkdocs.yml without MkDocs (for `newsroom check`)."""
        names, configs = markdown_extensions(mkdocs_config(root).get("markdown_extensions") or [])
        return cls(names, configs)

    def keep_on_disk(self, path: Path | None) -> None:
        """Keep renderings in the file at `path` too (`render_store`), for later runs; None: in memory only."""
        if self._store is not None and (path is None or self._store.path != path):
            self._store.close()
            self._store = None
        if path is not None and self._store is None:
            self._store = RenderStore(path, fingerprint(self.extensions, dict(self.configs)))

    def render(self, text: str) -> Rendered:
        """`text` (a Markdown body) rendered, from the cache when this body was rendered before."""
        self._used.add(text)
        found = self._cache.get(text)
        if found is None:
            stored = self._store.get(text) if self._store is not None else None
            if stored is not None:
                found = Rendered(*stored)
            else:
                self._md.reset()
                found = Rendered(self._md.convert(text), tuple(getattr(self._md, "toc_tokens", ()) or ()))
                if self._store is not None:
                    self._store.put(text, found.html, found.toc_tokens)
            self._cache[text] = found
        return found

    def html(self, text: str) -> str:
        """`text` as HTML, as the site shows it before MkDocs makes its links relative to the page."""
        return self.render(text).html

    def tree(self, text: str) -> lxml_html.HtmlElement:
        """`text` as an lxml tree: a `<div>` holding the body's elements; a fresh copy, free to change."""
        return self.render(text).parse()

    def sweep(self) -> None:
        """Write new renderings to the disk store, and forget every body not rendered or looked up since the last sweep."""
        if self._store is not None:
            self._store.flush()
        self._cache = {text: found for text, found in self._cache.items() if text in self._used}
        self._used = set()

    def close(self) -> None:
        """Write and close the disk store; the renderer still works, in memory."""
        self.keep_on_disk(None)


def markdown_extensions(entries: Iterable[Any]) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """mkdocs.yml's `markdown_extensions` list as MkDocs reads it: (names in order, options by name).

    MkDocs' built-in extensions come first, each name once (mkdocs/config/config_options.py,
    `MarkdownExtensions.run_validation`). Entries that are neither a name nor a one-key mapping
    are ignored here: MkDocs refuses them with its own message.
    """
    names: list[str] = list(MKDOCS_BUILTIN_EXTENSIONS)
    configs: dict[str, dict[str, Any]] = {}
    pairs = entries.items() if isinstance(entries, Mapping) else (
        next(iter(entry.items())) if isinstance(entry, Mapping) and len(entry) == 1 else (entry, None)
        for entry in entries)
    for name, options in pairs:
        if not isinstance(name, str):
            continue
        if name not in names:
            names.append(name)
        if isinstance(options, Mapping) and options:
            configs[name] = dict(options)
    return names, configs


def _readable(options: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """`options` without the values that could not be read (None, nested too), and the names of those left out."""
    kept: dict[str, Any] = {}
    unread: list[str] = []
    for key, value in options.items():
        if value is None:
            unread.append(key)
        elif isinstance(value, Mapping):
            inner, inner_unread = _readable(value)
            kept[key] = inner
            unread += [f"{key}.{name}" for name in inner_unread]
        elif isinstance(value, list) and any(isinstance(entry, Mapping) for entry in value):
            entries = []
            for entry in value:
                if isinstance(entry, Mapping):
                    inner, inner_unread = _readable(entry)
                    entries.append(inner)
                    unread += [f"{key}[].{name}" for name in inner_unread]
                else:
                    entries.append(entry)
            kept[key] = entries
        else:
            kept[key] = value
    return kept, unread
