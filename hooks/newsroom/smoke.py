"""The deploy's smoke test: every stylesheet, script, image and feed a sample of built pages uses is in `site/`.

    python -m newsroom.smoke site [--sample 60]

The deploy job runs it after the strict build and before uploading, so that a site whose pages
point at files that are not there (a theme upgrade renaming its hashed assets, a feed no longer
written, an image left behind) is never published. Exit status 0: all present; 1: something is
missing (each printed as `page: URL: what is missing`); 2: a mistyped command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from lxml import html

DEFAULT_SAMPLE = 60
"""Pages checked besides the home page and 404.html, evenly spread over the sorted list of pages."""
FEED_FILES = ("feed.xml", "atom.xml", "feed.json")
ASSET_SUFFIXES = (".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico")
# Where each kind of reference sits in a page: (XPath of the attribute values, is it a srcset).
_REFERENCES = (
    ("//link/@href", False),
    ("//script/@src", False),
    ("//img/@src | //source/@src | //video/@poster", False),
    ("//img/@srcset | //source/@srcset", True),
    ("//meta[@property='og:image' or @name='twitter:image']/@content", False),
    ("//a/@href", False),
)


@dataclass(frozen=True)
class Missing:
    """A URL that `page` (a path under the site folder) uses and that no file of the site answers."""

    page: str
    url: str
    expected: str

    def __str__(self) -> str:
        return f"{self.page}: {self.url}: no file {self.expected} in the built site"


def sample_pages(site_dir: Path, size: int = DEFAULT_SAMPLE) -> list[Path]:
    """The home page, 404.html and `size` other HTML pages evenly spread over their sorted paths."""
    pages = sorted(site_dir.rglob("*.html"))
    fixed = [p for p in (site_dir / "index.html", site_dir / "404.html") if p.is_file()]
    others = [p for p in pages if p not in fixed]
    step = max(1, len(others) / size) if size else len(others) + 1
    return fixed + [others[int(i * step)] for i in range(min(size, len(others)))]


def site_url_of(site_dir: Path) -> str:
    """The site's address as its home page declares it (`<link rel="canonical">`), with a trailing slash."""
    home = html.parse(str(site_dir / "index.html")).getroot()
    found = home.xpath("//link[@rel='canonical']/@href")
    return found[0].rstrip("/") + "/" if found else ""


def referenced(page: Path, site_dir: Path, site_url: str) -> Iterator[tuple[str, str]]:
    """(URL as written, path under the site) of every asset or feed `page` uses inside the site."""
    tree = html.parse(str(page)).getroot()
    relative_page = page.relative_to(site_dir).as_posix()
    base = urljoin(site_url or "https://site.invalid/", relative_page)
    for xpath, is_srcset in _REFERENCES:
        for value in tree.xpath(xpath):
            urls = [part.split()[0] for part in value.split(",") if part.strip()] if is_srcset else [value.strip()]
            for url in urls:
                target = _in_site(urljoin(base, url), site_url or "https://site.invalid/")
                if target is not None and _is_asset_or_feed(target):
                    yield url, target


def _in_site(absolute: str, site_url: str) -> str | None:
    """The path under the site folder that answers `absolute`, or None for a URL of another site."""
    if not absolute.startswith(site_url):
        return None
    path = unquote(urlsplit(absolute).path)[len(urlsplit(site_url).path):]
    return f"{path}index.html" if path.endswith("/") or not path else path


def _is_asset_or_feed(path: str) -> bool:
    return path.lower().endswith(ASSET_SUFFIXES) or path.rsplit("/", 1)[-1] in FEED_FILES


def check_site(site_dir: Path, size: int = DEFAULT_SAMPLE) -> tuple[list[Path], int, list[Missing]]:
    """Check a sample of `site_dir`'s pages: (pages checked, distinct URLs checked, what is missing)."""
    site_url = site_url_of(site_dir)
    pages = sample_pages(site_dir, size)
    seen: set[str] = set()
    missing: list[Missing] = []
    for page in pages:
        for url, target in referenced(page, site_dir, site_url):
            seen.add(target)
            if not (site_dir / target).is_file():
                missing.append(Missing(page.relative_to(site_dir).as_posix(), url, target))
    return pages, len(seen), missing


def main(argv: Sequence[str] | None = None) -> int:
    """Run the smoke test on the folder given in `argv`; returns the exit status (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m newsroom.smoke", description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", type=Path, help="the built site, e.g. site")
    parser.add_argument("--sample", type=int, default=DEFAULT_SAMPLE, metavar="N",
                        help=f"pages to check besides the home page and 404.html (default {DEFAULT_SAMPLE})")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        print(f"smoke: {args.site_dir} has no index.html: build the site first (make build)", file=sys.stderr)
        return 1
    pages, urls, missing = check_site(args.site_dir, args.sample)
    for problem in missing:
        print(problem, file=sys.stderr)
    if missing:
        print(f"smoke: {len(missing)} missing in {len(pages)} pages checked: do not deploy this site", file=sys.stderr)
        return 1
    print(f"smoke: {len(pages)} pages checked, {urls} stylesheets, scripts, images and feeds, all in {args.site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
