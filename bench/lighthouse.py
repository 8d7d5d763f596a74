"""Lighthouse 12 (mobile defaults) on the launch content, as the README's quality table reports it.

Builds the site with the README's clock into a temporary folder, serves it on 127.0.0.1 the way a
static host does (gzip for text files when the browser accepts it, as GitHub Pages and most hosts do;
`--plain` serves every file uncompressed instead), runs `npx lighthouse@12` on each page and prints
one table row per page. Needs Node's npx and Debian's Chromium:

    .venv/bin/python bench/lighthouse.py            # or: --plain, --runs 3 (median of three runs)
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-22 12:00"
PAGES = ["", "press/", "blog/2024/02/why-tenant-right-to-counsel-works/",
         "toolkits/non-police-crisis-response/program-design/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
COMPRESSED = (".html", ".css", ".js", ".svg", ".json", ".xml")


class Handler(SimpleHTTPRequestHandler):
    """Static files, gzipped on the fly for text types when `compress` is on."""

    compress = True

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        from io import BytesIO
        return BytesIO(body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plain", action="store_true", help="serve without compression")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median score is printed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        env = {**os.environ, "NEWSROOM_NOW": NOW, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-q", "-d", str(site)],
                       cwd=ROOT, env=env, check=True)
        Handler.compress = not args.plain
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        print("| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|")
        for path in PAGES:
            scores = {category: [] for category in CATEGORIES}
            for run in range(args.runs):
                report = Path(work) / f"report-{run}.json"
                subprocess.run(
                    ["npx", "-y", "lighthouse@12", base + path, "--quiet", "--output=json", f"--output-path={report}",
                     "--chrome-flags=--headless --no-sandbox"],
                    env={**env, "CHROME_PATH": "/usr/bin/chromium"}, check=True)
                categories = json.loads(report.read_text())["categories"]
                for category in CATEGORIES:
                    scores[category].append(round(categories[category]["score"] * 100))
            print(f"| `/{path}` | " + " | ".join(str(statistics.median(scores[c])) for c in CATEGORIES) + " |")
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
