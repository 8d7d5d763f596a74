"""Rendered bodies kept on disk between runs, so `newsroom check` and the build render only what changed.

Rendering every body with Python-Markdown is the largest cost of checking a site of thousands of
items (about 3 ms a body); a body renders the same until its text, the Markdown extensions or
their versions change. The store is one SQLite file under the repository's git-ignored `.cache/`,
keyed by a hash of all three. It only ever saves time: when it cannot be read or written (a
read-only checkout, a full disk, a broken file) bodies are simply rendered, and nothing is said.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from importlib import metadata
from pathlib import Path

STORE_FILE = Path(".cache") / "newsroom" / "rendered.sqlite3"
"""Where the store lives, relative to the repository."""

KEEP_DAYS = 30
"""A rendering no run has used for this long is removed (a body edited since, a branch long gone)."""


class RenderStore:
    """A key-value file of (HTML, table of contents) by body; reads at once, writes buffered until `flush`."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self._prefix = (fingerprint + "\0").encode()
        self._connection: sqlite3.Connection | None = None
        self._broken = False
        self._new: dict[str, tuple[str, str]] = {}
        self._used: set[str] = set()

    def key(self, text: str) -> str:
        return hashlib.sha256(self._prefix + text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, text: str) -> tuple[str, tuple] | None:
        """The stored (html, toc tokens) of `text`, or None."""
        key = self.key(text)
        connection = self._open()
        if connection is None:
            return None
        try:
            row = connection.execute("SELECT html, toc FROM renders WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            self._give_up()
            return None
        if row is None:
            return None
        self._used.add(key)
        return row[0], tuple(json.loads(row[1]))

    def put(self, text: str, html: str, toc_tokens: tuple) -> None:
        """Keep a new rendering, written at the next `flush`."""
        if not self._broken:
            self._new[self.key(text)] = (html, json.dumps(list(toc_tokens)))

    def flush(self) -> None:
        """Write the new renderings, date the ones used, and drop those unused for `KEEP_DAYS`."""
        connection = self._open() if self._new or self._used else None
        if connection is None:
            return
        today = int(time.time() // 86400)
        try:
            with connection:
                connection.executemany("INSERT OR REPLACE INTO renders VALUES (?, ?, ?, ?)",
                                       [(key, html, toc, today) for key, (html, toc) in self._new.items()])
                connection.executemany("UPDATE renders SET used = ? WHERE key = ?",
                                       [(today, key) for key in self._used])
                connection.execute("DELETE FROM renders WHERE used < ?", (today - KEEP_DAYS,))
        except sqlite3.Error:
            self._give_up()
        self._new, self._used = {}, set()

    def close(self) -> None:
        self.flush()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _open(self) -> sqlite3.Connection | None:
        if self._connection is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._connection = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
                self._connection.execute("CREATE TABLE IF NOT EXISTS renders "
                                         "(key TEXT PRIMARY KEY, html TEXT NOT NULL, toc TEXT NOT NULL, used INTEGER)")
            except (OSError, sqlite3.Error):
                self._give_up()
        return self._connection

    def _give_up(self) -> None:
        self._broken = True
        self._new, self._used = {}, set()
        if self._connection is not None:
            try:
                self._connection.close()
            except sqlite3.Error:
                pass
            self._connection = None


def fingerprint(extensions: tuple, configs: dict) -> str:
    """What a rendering depends on besides the body: the extensions, their options, the libraries' versions."""
    versions = []
    for package in ("markdown", "pymdown-extensions"):
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=?")
    names = [name if isinstance(name, str) else type(name).__qualname__ for name in extensions]
    return json.dumps([names, configs, versions], sort_keys=True, default=_named)


def _named(value: object) -> str:
    """A Python object from MkDocs' config (an emoji index function) by its name, the same in every run."""
    return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__qualname__)}"
