"""The site's search index: Pagefind, run over the built item pages.

A full build starts Pagefind as soon as the last item page is written (`start_indexing`) and
collects it at the end (`Indexing.wait`): Pagefind, a separate process, then reads and indexes the
items on the second core while MkDocs renders the listing, issue and partner pages.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .sections import SECTIONS


PAGE_CHROME = ("headerlink", "footnote-backref")
"""Classes of what Markdown adds to an item's body that is not its text: the "¶" permalink after each
heading and the "↩" back from a footnote. Left out of search excerpts and feed content; our own
templates mark their chrome `data-pagefind-ignore`."""


class SearchIndexError(Exception):
    """Pagefind failed; the message carries what it said."""


def _item_page_patterns() -> list[str]:
    return [f"{s.url}/[0-9]*/**/*.html" if s.dated_urls else f"{s.url}/*/**/*.html" for s in SECTIONS]


def item_pages_glob() -> str:
    """The glob (Pagefind's `--glob`, relative to the site) matching every item page and chapter.

    Only items carry `data-pagefind-body`, so these are all the pages that can be results; Pagefind
    need not read the listing, issue, partner and media pages at all (they are a third of the pages,
    more on a site with many partners). Dated sections' listings (`blog/page/2/`) stay out of it.
    """
    return "{" + ",".join(_item_page_patterns()) + "}"


def _has_item_pages(site_dir: Path) -> bool:
    return any(next(site_dir.glob(pattern), None) is not None for pattern in _item_page_patterns())


class Indexing:
    """Pagefind running over a site's item pages; `wait` for it before the build ends."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        # The `pagefind` package on PyPI carries the binary: nothing is downloaded at build time.
        command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent",
                   *(arg for name in PAGE_CHROME for arg in ("--exclude-selectors", f".{name}"))]
        if _has_item_pages(site_dir):
            command += ["--glob", item_pages_glob()]
        # else (a site with nothing published yet) Pagefind indexes what there is, as it would with no glob:
        # it refuses to write no index at all, and the search page needs one.
        # Its output goes to a file, not a pipe: nobody reads it while the build goes on.
        self._output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.started = time.perf_counter()
        """When Pagefind started (`time.perf_counter()` seconds)."""
        self._process = subprocess.Popen(command, stdout=self._output, stderr=subprocess.STDOUT, text=True)

    def wait(self) -> None:
        """Wait for the index to be written to `site_dir/pagefind/`; raises SearchIndexError if Pagefind failed."""
        try:
            status = self._process.wait()
            self._output.seek(0)
            said = self._output.read().strip()
        finally:
            self._output.close()
        if status != 0:
            raise SearchIndexError(f"Pagefind could not index {self.site_dir}: {said or f'exit status {status}'}")

    def cancel(self) -> None:
        """Stop Pagefind (a build that failed needs no index)."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._output.close()


def start_indexing(site_dir: Path) -> Indexing:
    """Start Pagefind over `site_dir`'s item pages, which must all be written; see `Indexing.wait`."""
    return Indexing(site_dir)


def index_site(site_dir: Path) -> None:
    """Write Pagefind's chunked index and its JS API to `site_dir/pagefind/`, and return when done.

    Only the items' `data-pagefind-body` elements are indexed, so listings, navigation and the media
    page's boilerplate never turn up as results. Raises SearchIndexError if Pagefind fails.
    """
    start_indexing(site_dir).wait()
