"""What one process of the site generator keeps between builds, with a lifecycle.

`mkdocs serve` rebuilds in the same process after every edit, and tests build many sites in one
process: whatever outlives a build lives in one `Session`, opened at start-up and closed at
shut-down (the pattern of Material's blog plugin). Nothing here grows with the number of
rebuilds: caches keep only the files the latest build read, the scratch folder is removed on
close, and a background search index is finished before the next build starts.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import ReadCache
from .markdown_render import BodyRenderer

log = logging.getLogger("mkdocs.plugins.newsroom")


@dataclass
class Session:
    """The state of one generator process: `command` is MkDocs' (`build`, `serve`), `dirty` its quick rebuilds."""

    command: str = "build"
    dirty: bool = False
    cache: ReadCache = field(default_factory=ReadCache)
    """Items read by earlier builds, by file state: a quick rebuild re-reads only edited files."""
    rendered: dict[str, str] = field(default_factory=dict)
    """Each item's rendered HTML by its source path, for its feed entries when a quick rebuild skips it."""
    _renderer: BodyRenderer | None = None
    _renderer_key: str = ""
    _scratch: tempfile.TemporaryDirectory | None = None
    _indexer: threading.Thread | None = None

    @property
    def preview(self) -> bool:
        """Whether this is the local preview, which shows drafts."""
        return self.command == "serve"

    @property
    def quick(self) -> bool:
        """Whether rebuilds render only what changed (`mkdocs serve --dirty`)."""
        return self.dirty and self.preview

    def renderer(self, extensions: list, configs: dict) -> BodyRenderer:
        """The body renderer for MkDocs' `markdown_extensions` and `mdx_configs`: the same one, with its
        cache of rendered bodies, for as long as they do not change."""
        key = repr((list(extensions), dict(configs)))
        if self._renderer is None or self._renderer_key != key:
            if self._renderer is not None:
                self._renderer.close()
            self._renderer, self._renderer_key = BodyRenderer(extensions, configs), key
        return self._renderer

    def scratch(self) -> Path:
        """A folder for files the quick preview compares between rebuilds; removed on close."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="newsroom-preview-")
        return Path(self._scratch.name)

    def begin_build(self) -> None:
        """Wait for the previous build's background work, so two builds never write the site at once."""
        if self._indexer is not None:
            self._indexer.join()
            self._indexer = None

    def keep_rendered(self, sources: Iterable[str]) -> None:
        """Forget the HTML of items no longer in the site (deleted, renamed, unpublished)."""
        wanted = set(sources)
        self.rendered = {source: html for source, html in self.rendered.items() if source in wanted}

    def in_background(self, work: Callable[[], None]) -> None:
        """Run `work` after this build returns; the next `begin_build` or `close` waits for it."""
        self._indexer = threading.Thread(target=work, name="newsroom-search-index", daemon=True)
        self._indexer.start()

    def close(self) -> None:
        """Finish background work and remove the scratch folder; the session can still be used after."""
        self.begin_build()
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
        self.rendered.clear()
        self.cache = ReadCache()
        if self._renderer is not None:
            self._renderer.close()
        self._renderer = None
