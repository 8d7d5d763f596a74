"""Fixture sites: a temporary repository with real Markdown, built by the real `mkdocs build`."""

from __future__ import annotations

import functools
import gzip
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass
class BuildResult:
    site_dir: Path
    warnings: list[str] = field(default_factory=list)
    failed: bool = False

    def page(self, url_path: str) -> str:
        """The HTML a reader gets at `url_path` (`blog/2024/05/x/`)."""
        return (self.site_dir / url_path.strip("/") / "index.html").read_text(encoding="utf-8")

    def exists(self, url_path: str) -> bool:
        return (self.site_dir / url_path.strip("/") / "index.html").is_file()

    def all_files(self) -> list[Path]:
        return sorted(p for p in self.site_dir.rglob("*") if p.is_file())

    def readable_bytes(self, path: Path) -> bytes:
        """A built file as a reader would get it; Pagefind's index chunks are gzipped, so unpacked."""
        data = path.read_bytes()
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data

    def files_mentioning(self, word: str) -> list[str]:
        """Every built file, index chunks included, whose content contains `word`."""
        return [p.relative_to(self.site_dir).as_posix() for p in self.all_files()
                if word.encode() in self.readable_bytes(p)]


def mkdocs_build(config_file: Path, *, strict: bool, preview: bool = False, dirty: bool = False,
                 serving: bool = False) -> Path:
    """Build as `mkdocs build` does, or with `preview` as one build of `mkdocs serve`; returns the site folder.

    `mkdocs build` starts the hooks up, builds and shuts them down; `mkdocs serve` starts them
    once and rebuilds after each edit: with `serving`, this build is such a rebuild of a
    preview already running (see `FixtureSite.close`). Raises mkdocs' Abort when the build fails.
    """
    config = load_config(str(config_file), strict=strict)
    if not serving:
        config.plugins.on_startup(command="serve" if preview else "build", dirty=dirty)
    try:
        build(config, serve_url="http://127.0.0.1:8000/" if preview else None, dirty=dirty)
    finally:
        if not preview:
            config.plugins.on_shutdown()
    return Path(config.site_dir)


def shut_down_hooks() -> None:
    """What `mkdocs serve` does when it stops: the hooks close their session."""
    for hook in project_config()["hooks"]:
        module = sys.modules.get(hook)
        if module is not None:
            module.on_shutdown()


def project_config() -> dict:
    """The project's own mkdocs.yml, with its paths made absolute so a fixture site uses our hooks and theme."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(REPO / hook) for hook in config["hooks"]]
    config["theme"]["custom_dir"] = str(REPO / config["theme"]["custom_dir"])
    # The content folders it watches are the project's, not the fixture's.
    config.pop("watch", None)
    return config


CASES = Path(__file__).resolve().parent / "cases"
"""Small inputs that failed once, kept as the shared cases gave them: each is a test."""


@dataclass
class CheckRun:
    """What `newsroom check` said: its exit status, and the problems and summary it printed."""

    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


class FixtureSite:
    """A repository in a temporary folder: mkdocs.yml using this project's hooks and theme, plus content."""

    def __init__(self, root: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self._caplog = caplog
        self._monkeypatch = monkeypatch
        self._serving = False
        """Whether a preview is running: later preview builds are its rebuilds, as in `mkdocs serve`."""
        self.config = project_config()
        self.config.update(site_name="Fixture Network", site_url="https://example.org/")
        self.write("docs/index.md", "# Fixture Network\n\nWelcome.\n")
        # The pages mkdocs.yml's nav names besides the generated ones.
        self.write("docs/about.md", "# About\n\nWho we are.\n")
        self.write("docs/join.md", "---\nsignup_form: true\n---\n\n# Join\n\nWho can join.\n")

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def item(self, rel: str, body: str = "Body text of the item.", **fields: object) -> Path:
        """Write an item with front matter from `fields` (defaults fill title, date and issues)."""
        fields.setdefault("title", Path(rel).stem.replace("-", " ").capitalize())
        fields.setdefault("date", "2024-05-05")
        fields.setdefault("issues", ["Affordable Housing"])
        front = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True)
        return self.write(rel, f"---\n{front}---\n\n{body}\n")

    def close(self) -> None:
        """Stop the preview, if one runs, as quitting `mkdocs serve` does."""
        if self._serving:
            shut_down_hooks()
            self._serving = False

    def copy_case(self, name: str) -> list[str]:
        """Copy a case of `tests/cases/` (e.g. `messy/10-yaml-hash-comment`) into the repository; gives its files."""
        import shutil

        folder = CASES / name
        copied = []
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name != "CASE.md":
                rel = path.relative_to(folder).as_posix()
                (self.root / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, self.root / rel)
                copied.append(rel)
        return copied

    def check(self, *paths: str, now: str = "2026-01-01") -> CheckRun:
        """Run `newsroom check [PATHS]` in the repository as an author would, at the clock `now`."""
        import contextlib
        import io

        from newsroom.cli import main

        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(self.config), encoding="utf-8")
        self._monkeypatch.setenv("NEWSROOM_NOW", now)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["check", "--root", str(self.root), *paths])
        return CheckRun(status, out.getvalue(), err.getvalue())

    def build(self, *, strict: bool = False, now: str | None = "2026-01-01", preview: bool = False,
              dirty: bool = False) -> BuildResult:
        """Run the real MkDocs build; a strict failure is returned, not raised, with the warnings."""
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(self.config), encoding="utf-8")
        if now is None:
            self._monkeypatch.delenv("NEWSROOM_NOW", raising=False)
        else:
            self._monkeypatch.setenv("NEWSROOM_NOW", now)
        self._caplog.clear()
        with self._caplog.at_level(logging.WARNING):
            try:
                serving, self._serving = self._serving and preview, preview
                site_dir = mkdocs_build(self.root / "mkdocs.yml", strict=strict, preview=preview, dirty=dirty,
                                        serving=serving)
                result = BuildResult(site_dir)
            except Abort:
                result = BuildResult(self.root / "site", failed=True)
        result.warnings = [r.getMessage() for r in self._caplog.records if r.levelno >= logging.WARNING]
        return result


@pytest.fixture
def site(tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[FixtureSite]:
    fixture = FixtureSite(tmp_path / "repo", caplog, monkeypatch)
    yield fixture
    fixture.close()


# ---------------------------------------------------------------------------
# Browser tests: Debian's Chromium driven by Playwright, against a site served on 127.0.0.1.

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does")
    with sync_playwright() as playwright:
        # These flags keep Chromium from calling home: this machine has no network but the registries.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic",
        ])
        yield browser
        browser.close()


@contextmanager
def served(site_dir: Path) -> Iterator[str]:
    """Serve a built site folder on 127.0.0.1 while the block runs; gives its base URL."""
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def serve():
    """Serve built site folders on 127.0.0.1 for the test: `serve(site_dir)` gives the base URL."""
    with ExitStack() as stack:
        yield lambda site_dir: stack.enter_context(served(site_dir))


# ---------------------------------------------------------------------------
# The project's own launch content, built once per test session into a temporary folder:
# the audits (accessibility, validity, links, privacy, metadata) run over what actually ships.

PROJECT_CONTENT = ("docs", "posts", "press", "toolkits", "data", "newsroom.yml", "mkdocs.yml")
PROJECT_NOW = "2026-11-22 12:00"


@pytest.fixture(scope="session")
def project_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    import shutil

    root = tmp_path_factory.mktemp("project")
    for name in PROJECT_CONTENT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        elif source.exists():
            shutil.copy(source, root / name)
    config_data = project_config()
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config_data), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSROOM_NOW", PROJECT_NOW)
        return BuildResult(mkdocs_build(root / "mkdocs.yml", strict=True))


def page_of_each_kind(result: BuildResult) -> dict[str, str]:
    """One URL path of every kind of page a reader meets, found in the built site."""
    def first(pattern: str) -> str:
        found = sorted(result.site_dir.glob(pattern))
        assert found, f"no page matches {pattern}"
        return found[-1].parent.relative_to(result.site_dir).as_posix() + "/"

    return {
        "home": "",
        "blog listing": "blog/",
        "press listing": "press/",
        "toolkit listing": "toolkits/",
        "issue index": "issues/",
        "issue page": "issues/affordable-housing/",
        "partner index": "partners/",
        "partner page": first("partners/*/index.html"),
        "post": first("blog/20*/*/*/index.html"),
        "press release": first("press/20*/*/*/index.html"),
        "toolkit": first("toolkits/*/*/index.html").rsplit("/", 2)[0] + "/",
        "toolkit chapter": first("toolkits/*/*/index.html"),
        "media": "media/",
        "in the news": "in-the-news/",
        "search": "search/",
        "about": "about/",
        "join": "join/",
        "404": "404.html",
        "scorecard": first("toolkits/*/scorecard/index.html"),
        "scorecard card": first("toolkits/*/scorecard/*/index.html"),
        "actions": "actions/",
        "actions of an area": first("actions/issues/*/index.html"),
        "actions of a state": first("actions/states/*/index.html"),
    }


# ---------------------------------------------------------------------------
# Messy input: `newsroom check` and `mkdocs build --strict` must agree on every case.

MESSY_NOW = "2026-11-30 12:00"
"""The clock the shared cases of tests/cases/messy/ are run at."""


def refused_alike(site: FixtureSite, *expected: str, now: str = MESSY_NOW) -> list[str]:
    """Check and the strict build both fail, each naming every `expected` text; gives the build's warnings."""
    check = site.check(now=now)
    result = site.build(strict=True, now=now)
    assert check.status == 1 and result.failed, (check.out, result.warnings)
    for text in expected:
        assert any(text in line for line in check.lines), (text, check.out)
        assert any(text in warning for warning in result.warnings), (text, result.warnings)
    return result.warnings


def accepted_alike(site: FixtureSite, now: str = MESSY_NOW) -> tuple[CheckRun, BuildResult]:
    """Check says OK and the strict build passes; gives what check said and the build."""
    check = site.check(now=now)
    result = site.build(strict=True, now=now)
    assert check.status == 0, check.out
    assert not result.failed, result.warnings
    return check, result


def newsroom_new(site: FixtureSite, *args: str, capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    """Run `newsroom new ARGS` in the site's repository; gives its exit status, output and errors."""
    from newsroom.cli import main

    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(site.config), encoding="utf-8")
    capsys.readouterr()
    status = main(["new", "--root", str(site.root), *args])
    out, err = capsys.readouterr()
    return status, out, err


def head_meta(html: str) -> dict:
    """A page's meta tags by property or name, and its JSON-LD under `json-ld`."""
    import json

    import lxml.html

    tree = lxml.html.fromstring(html)
    found: dict = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
    found["json-ld"] = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    return found
