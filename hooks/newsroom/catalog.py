"""All content of the site: found, read once per build, filtered to what is public, given unique URLs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .content import Item, read_item
from .markdown_render import BodyRenderer
from .problems import Problem, ProblemsFound
from .sections import SECTIONS, TOOLKITS, Section
from .settings import Settings
from .summaries import body_tree
from .unfinished import unfinished_problems


@dataclass(frozen=True)
class Catalog:
    """The items a build outputs, newest first, and every problem met on the way."""

    items: tuple[Item, ...]
    problems: tuple[Problem, ...]
    withheld: tuple[Item, ...] = ()
    """Valid items the build does not output: drafts, embargoed and future items, URL clashes."""
    broken: tuple[tuple[Item, tuple[Problem, ...]], ...] = ()
    """Files that read well earlier in this process and now have problems, as last read well: the preview
    shows their problems at their address instead of an outdated page."""

    @classmethod
    def load(cls, root: Path, settings: Settings, now: datetime, *, preview: bool = False,
             cache: ReadCache | None = None, renderer: BodyRenderer | None = None) -> Catalog:
        """Read every content file under `root`.

        `preview` keeps drafts (the local preview shows them, marked); embargoed and
        future items stay out either way until `now` passes their publication time.
        """
        items, problems = read_all(root, settings, cache, renderer)
        shown = [item for item in items if item.is_public(now) or (preview and item.draft and item.published_at <= now)]
        kept, conflicts = claim_urls(shown)
        output = set(kept)
        withheld = tuple(item for item in items if item not in output)
        broken = []
        for source in sorted({problem.path for problem in problems}):
            earlier = cache.last_good.get(root / source) if cache is not None else None
            if earlier is not None and earlier.path not in {item.path for item in kept}:
                broken.append((earlier, tuple(p for p in problems if p.path == source)))
        # An update dated after the clock is not public yet, as an embargoed item is not.
        public = (item.as_of(now) for item in kept)
        return cls(tuple(sorted(public, key=newest_first)), tuple(sorted(problems + conflicts)), withheld,
                   tuple(broken))


def newest_first(item: Item) -> tuple:
    """Sort key: newest `date` first, then by source path so ties are stable."""
    return (-item.date.timestamp(), item.source)


@dataclass
class ReadCache:
    """What earlier reads in this process found, by file state.

    The preview rebuilds after every edit; with this it re-reads only the files that
    changed instead of thousands that did not.
    """

    settings: Settings | None = None
    entries: dict[Path, tuple[tuple, Item | list[Problem]]] = field(default_factory=dict)
    last_good: dict[Path, Item] = field(default_factory=dict)
    """The last version of each file that read without a problem: the preview shows where it was."""

    def retain(self, paths: set[Path]) -> None:
        """Forget files that no longer exist, so the cache never grows past the repository."""
        self.entries = {path: entry for path, entry in self.entries.items() if path in paths}
        self.last_good = {path: item for path, item in self.last_good.items() if path in paths}

    def get(self, path: Path, state: tuple, settings: Settings) -> Item | list[Problem] | None:
        if settings != self.settings:
            self.settings, self.entries = settings, {}
            return None
        found = self.entries.get(path)
        return found[1] if found is not None and found[0] == state else None

    def put(self, path: Path, state: tuple, result: Item | list[Problem]) -> None:
        self.entries[path] = (state, result)
        if isinstance(result, Item):
            self.last_good[path] = result


def read_all(root: Path, settings: Settings, cache: ReadCache | None = None,
             renderer: BodyRenderer | None = None) -> tuple[list[Item], list[Problem]]:
    """Every item under the section folders, valid or not yet public, and every problem.

    `renderer` renders bodies as the site does (default: with the extensions of `root`'s mkdocs.yml),
    for default summaries and to find unfinished items (`unfinished`), which are left out as problems.
    """
    renderer = renderer or BodyRenderer.from_mkdocs_yml(root)
    items: list[Item] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for section, path, chapters in discover(root):
        seen.add(path)
        rel = _rel(root, path)
        state = _state(path, chapters)
        result = cache.get(path, state, settings) if cache is not None else None
        if result is None:
            try:
                result = read_item(path, rel, section, settings, tuple((c, _rel(root, c)) for c in chapters),
                                   renderer=renderer)
                result = unfinished_problems(result, lambda body: body_tree(body, renderer)) or result
            except ProblemsFound as found:
                result = found.problems
            if cache is not None:
                cache.put(path, state, result)
        if isinstance(result, Item):
            items.append(result)
        else:
            problems += result
    problems += misnamed_files(root)
    if cache is not None:
        cache.retain(seen)
    return items, problems


def _state(path: Path, chapters: tuple[Path, ...]) -> tuple:
    """What changes when a file is edited, added or removed: names, sizes and modification times."""
    return tuple((p.name, s.st_size, s.st_mtime_ns) for p in (path, *chapters) for s in (p.stat(),))


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")


def misnamed_files(root: Path) -> list[Problem]:
    """Text files in the section folders that the site would skip silently: `.MD`, `.markdown`, `.txt`."""
    problems: list[Problem] = []
    for section in SECTIONS:
        folder = root / section.key
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file() and path.suffix.lower() in _MARKDOWN_SUFFIXES and path.suffix != ".md":
                problems.append(Problem(_rel(root, path), 1, "file", f"is not read: the site reads files ending "
                                        f"in .md (lowercase): rename it to {path.stem}.md"))
    return problems


def discover(root: Path) -> Iterator[tuple[Section, Path, tuple[Path, ...]]]:
    """Each item file, in a stable order, with its chapters when it is a folder toolkit."""
    for section in SECTIONS:
        folder = root / section.key
        if not folder.is_dir():
            continue
        files = sorted(folder.rglob("*.md"))
        toolkit_folders = (
            {p.parent for p in files if p.name == "index.md" and p.parent.parent == folder}
            if section is TOOLKITS else set()
        )
        for path in files:
            owner = next((d for d in toolkit_folders if d in path.parents), None)
            if owner is None:
                yield section, path, ()
            elif path.parent == owner and path.name == "index.md":
                chapters = tuple(p for p in files if owner in p.parents and p != path)
                yield section, path, chapters


def claim_urls(items: list[Item]) -> tuple[list[Item], list[Problem]]:
    """Give each URL to the item published first; every later claimant is a problem naming both files."""
    owners: dict[str, Item] = {}
    problems: list[Problem] = []
    for item in sorted(items, key=lambda i: (i.published_at, i.source)):
        taken_by = owners.get(item.path)
        if taken_by is None:
            owners[item.path] = item
            continue
        problems.append(Problem(
            item.source, item.line_of("slug"), "slug",
            f"gives the address /{item.path} which {taken_by.source} already has (it was published first): "
            "give one of them a different slug: field",
        ))
    return list(owners.values()), problems


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()
