"""The site's search index: Pagefind, run over the built HTML as the build's last step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


PAGE_CHROME = ("headerlink", "footnote-backref")
"""Classes of what Markdown adds to an item's body that is not its text: the "¶" permalink after each
heading and the "↩" back from a footnote. Left out of search excerpts and feed content; our own
templates mark their chrome `data-pagefind-ignore`."""


class SearchIndexError(Exception):
    pass


def index_site(site_dir: Path) -> None:
    """Write Pagefind's chunked index and its JS API to `site_dir/pagefind/`.

    Most of its time goes into writing the index, not reading pages, so it runs once,
    over the finished site (feeding it pages during the build was measured slower).

    Only elements marked `data-pagefind-body` (the items) are indexed, so listings,
    navigation and the media page's boilerplate never turn up as results.
    """
    # The `pagefind` package on PyPI carries the binary: nothing is downloaded at build time.
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent",
               *(arg for name in PAGE_CHROME for arg in ("--exclude-selectors", f".{name}"))]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {site_dir}: {(done.stderr or done.stdout).strip()}")
