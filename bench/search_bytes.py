"""What a reader's browser downloads to search the benchmark's sites for one word.

    .venv/bin/python bench/search_bytes.py [--work bench/out] [--word housing]

Run after `bench/run.py`, on the two sites it built: the project's (Pagefind, on /search/) and the
plain floor's (Material's search, whose whole index the browser fetches when the search box opens).
Each site is served on 127.0.0.1; headless Chromium opens a page and searches. Every response is
counted by its body's size; the search's share is every response of the search machinery, loaded with
the page or after it (Pagefind's `/pagefind/` files; Material's search worker, lunr and
`search_index.json`, which its worker fetches as the page loads), and the rest is the page itself.
"""

from __future__ import annotations

import argparse
import functools
import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def measure(site: Path, word: str, pagefind: bool) -> dict:
    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page()
            counted: list[tuple[str, int]] = []

            def record(response) -> None:
                try:
                    counted.append((response.url, len(response.body())))
                except Exception:  # a redirect or an aborted request has no body
                    counted.append((response.url, 0))

            page.on("response", record)
            if pagefind:
                page.goto(base + "search/")
                page.wait_for_load_state("networkidle")
                page.get_by_label("Words to look for").fill(word)
                page.wait_for_selector(".nr-result")
            else:
                page.goto(base)
                page.wait_for_load_state("networkidle")
                box = page.locator("input[data-md-component=search-query]")
                box.click()
                box.fill(word)
                page.wait_for_selector(".md-search-result__item")
            page.wait_for_load_state("networkidle")
            results = page.locator(".nr-result, .md-search-result__item").count()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    search = [(url, size) for url, size in counted if _is_search(url)]
    return {"requests": len(search), "bytes": sum(size for _, size in search), "results_shown": results,
            "page_bytes": sum(size for url, size in counted if not _is_search(url)),
            "largest": sorted(search, key=lambda c: -c[1])[:3]}


def _is_search(url: str) -> bool:
    return "/pagefind/" in url or "search_index.json" in url or "/workers/search" in url or "/lunr/" in url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--word", default="housing")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    figures = {
        "word": args.word,
        "project": measure(args.work / "corpus" / "site", args.word, pagefind=True),
        "plain": measure(args.work / "corpus-plain" / "site", args.word, pagefind=False),
    }
    for name in ("project", "plain"):
        f = figures[name]
        print(f"{name:8} search: {f['bytes'] / 1024:9.1f} KB in {f['requests']:3d} requests "
              f"(the page itself: {f['page_bytes'] / 1024:.1f} KB; {f['results_shown']} results shown); largest: "
              + ", ".join(f"{url.rsplit('/', 1)[-1]} {size / 1024:.1f} KB" for url, size in f["largest"]))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
