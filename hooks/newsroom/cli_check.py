"""`newsroom check`: every problem the build would find, plus what only a look across all items shows.

Validation is the build's own (`loader.load_site`); this module only chooses which files to
report on and adds what a single build cannot see (URLs that drafts and embargoed items will
claim, partner names spelt two ways).
"""

from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from pathlib import Path

from .actions import ACTIONS_FILE
from .catalog import discover
from .content import Item
from .dates import build_clock
from .loader import load_site
from .markdown_render import BodyRenderer
from .media import COVERAGE_FILE, MEDIA_FILE
from .problems import Problem
from .scorecards import scorecard_files
from .sections import SECTIONS
from .settings import Settings
from .signatories import signers_file
from .siteconfig import site_docs_dir
from .summaries import written_summary_warnings
from .unfinished import draft_warnings

DATA_FILES = (MEDIA_FILE, COVERAGE_FILE, ACTIONS_FILE)

LOOKALIKE_CUTOFF = 0.92
"""How alike two partner names must be (difflib ratio, ignoring case) to look like one organisation.

A one-letter slip in a name of 15 letters or more scores above it; distinct organisations
such as 'Fair Housing Council of Oregon' and '... of Orange' (0.90) score below."""


@dataclass(frozen=True)
class CheckReport:
    """What `newsroom check` found in the files it was asked about."""

    items: int
    """Item files checked (a folder toolkit counts once)."""
    chapters: int
    problems: tuple[Problem, ...]
    """What fails the strict build: each must be fixed."""
    warnings: tuple[Problem, ...]
    """What may be a mistake: partner names that look like another partner's, drafts (merged, they stay
    unpublished), summaries with Markdown that would show as typed."""


class Selection:
    """The files and folders named on the command line, relative to the repository; none means all."""

    def __init__(self, root: Path, paths: Sequence[Path]) -> None:
        self.root = root.resolve()
        self.paths = [Path(p).resolve() for p in paths]
        self.rels = [self._rel(p) for p in self.paths]

    def _rel(self, path: Path) -> str | None:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return None

    def __contains__(self, source: str) -> bool:
        if not self.paths:
            return True
        return any(rel is not None and _under(source, rel) for rel in self.rels)

    def problems(self, known_files: set[str]) -> list[Problem]:
        """A problem for each path that names nothing the site reads, so no typo passes silently."""
        problems: list[Problem] = []
        for path, rel in zip(self.paths, self.rels):
            shown = rel or str(path)
            if not path.exists():
                problems.append(Problem(shown, 1, "file", "does not exist: check the spelling of the path"))
            elif rel is None:
                problems.append(Problem(shown, 1, "file", f"is outside the repository {self.root}: "
                                        "give a path inside it, or run newsroom from the repository"))
            elif not any(_under(known, rel) for known in known_files):
                what = "is not a file" if path.is_file() else "holds no file"
                folders = ", ".join(f"{s.key}/" for s in SECTIONS)
                problems.append(Problem(shown, 1, "file", f"{what} the site reads as content: items are .md files "
                                        f"under {folders}"))
        return problems


def _under(source: str, rel: str) -> bool:
    """Whether the file `source` is `rel` or inside the folder `rel` (both relative to the repository)."""
    return rel == "." or source == rel or source.startswith(rel + "/")


def check_content(root: Path, settings: Settings, paths: Sequence[Path] = (), *, now: datetime | None = None,
                  docs_dir: Path | None = None) -> CheckReport:
    """Check every item (or those under `paths`) with the build's own loader, and across all items.

    `now` is the build's clock (default: `NEWSROOM_NOW` or the current time); `docs_dir` is
    MkDocs' docs folder (default: the one mkdocs.yml names).
    """
    selection = Selection(root, paths)
    renderer = BodyRenderer.from_mkdocs_yml(root)
    try:
        load = load_site(root, docs_dir or site_docs_dir(root), settings, now or build_clock(settings.timezone),
                         renderer=renderer)
        items = [*load.catalog.items, *load.catalog.withheld]
        summaries = written_summary_warnings(items, renderer)
    finally:
        renderer.close()
    files = _content_files(root)
    # A sign-on letter's signers file is checked with its item, and alone when named.
    signers = {signers_file(item): item.source for item in items if item.signatories}
    found = {p for p in load.problems if p.path in selection or signers.get(p.path, "") in selection}
    # Across all items, drafts and embargoed ones included: a clash found only on the
    # day an embargo lifts would keep a press release off the site at its moment.
    found |= set(_conflicts_in(selection, list(load.later_conflicts), items))
    found |= set(selection.problems(set(files) | set(DATA_FILES) | set(signers) | scorecard_files(root)))
    counted = [is_chapter for source, is_chapter in files.items() if source in selection]
    return CheckReport(
        items=counted.count(False),
        chapters=counted.count(True),
        problems=tuple(sorted(found)),
        warnings=tuple(sorted(p for p in (*partner_lookalikes(items), *draft_warnings(items),
                                          *summaries) if p.path in selection)),
    )


def _content_files(root: Path) -> dict[str, bool]:
    """Every file the build reads, relative to `root`, mapped to whether it is a toolkit chapter."""
    files: dict[str, bool] = {}
    for _, path, chapters in discover(root):
        files[path.relative_to(root).as_posix()] = False
        files.update((c.relative_to(root).as_posix(), True) for c in chapters)
    return files


def _conflicts_in(selection: Selection, conflicts: list[Problem], items: list[Item]) -> list[Problem]:
    # A clash is reported on the later file; checking only the earlier one must show it too.
    by_source = {item.source: item for item in items}
    claimants: dict[str, list[str]] = defaultdict(list)
    for item in items:
        claimants[item.path].append(item.source)
    return [p for p in conflicts
            if any(source in selection for source in claimants[by_source[p.path].path])]


# ---------------------------------------------------------------------------
# Partner names spelt two ways


def partner_lookalikes(items: Iterable[Item]) -> list[Problem]:
    """A warning on each file that spells a partner like another, more used, partner name."""
    uses: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for name in item.partners:
            uses[name].append(item)
    warnings: list[Problem] = []
    for name, other in _lookalike_pairs(uses):
        n = len(uses[other])
        for item in uses[name]:
            warnings.append(Problem(
                item.source, item.line_of("partners", name), "partners",
                f"'{name}' looks like '{other}', which {_items(n)} use{'s' if n == 1 else ''}: "
                f"if it is the same organisation, write it '{other}' so both share one partner page; "
                "if they are different organisations, ignore this warning",
            ))
    return warnings


def _items(n: int) -> str:
    return f"{n} item" if n == 1 else f"{n} items"


def _lookalike_pairs(uses: dict[str, list[Item]]) -> list[tuple[str, str]]:
    """(less used spelling, the spelling it looks like) for each name with a more established lookalike."""
    best: dict[str, tuple[float, str]] = {}
    for a, b, score in _similar_names(list(uses)):
        weaker, stronger = (a, b) if _established(uses[b]) > _established(uses[a]) else (b, a)
        if score > best.get(weaker, (0.0, ""))[0]:
            best[weaker] = (score, stronger)
    return sorted((name, other) for name, (_, other) in best.items())


def _established(users: list[Item]) -> tuple:
    # More uses wins; on a tie the spelling published first is taken as the settled one,
    # since a typo usually arrives with the newest item.
    return (len(users), -min(item.published_at.timestamp() for item in users))


def _similar_names(names: list[str]) -> Iterable[tuple[str, str, float]]:
    """Pairs of names at least LOOKALIKE_CUTOFF alike: difflib's ratio of the shorter to the longer, ignoring case.

    Comparing every pair is quadratic (seconds for a thousand names), so each name is only
    compared with the shorter names that share enough three-letter pieces with it to
    possibly reach the cutoff; an index of the pieces finds those in about linear time.
    """
    entries = sorted(((name.casefold(), name) for name in names), key=lambda entry: len(entry[0]))
    having: dict[str, list[int]] = defaultdict(list)
    for i, (longer, longer_name) in enumerate(entries):
        pieces = _pieces(longer)
        shared = Counter(chain.from_iterable(having[piece] for piece in pieces if piece in having))
        shortest = len(longer) * LOOKALIKE_CUTOFF / (2 - LOOKALIKE_CUTOFF)
        matcher = difflib.SequenceMatcher(None, b=longer, autojunk=False)
        for j, count in shared.items():
            shorter, shorter_name = entries[j]
            if len(shorter) < shortest or count < _pieces_needed(len(shorter) + len(longer)):
                continue
            matcher.set_seq1(shorter)
            if matcher.quick_ratio() >= LOOKALIKE_CUTOFF and (score := matcher.ratio()) >= LOOKALIKE_CUTOFF:
                yield shorter_name, longer_name, score
        for piece in pieces:
            having[piece].append(i)


_PIECE = 3


def _pieces(text: str) -> list[str]:
    # A name shorter than a piece is its own piece, so two-letter names still meet.
    return [text[k:k + _PIECE] for k in range(len(text) - _PIECE + 1)] or [text]


def _pieces_needed(total: int) -> int:
    """The fewest pieces two names of `total` letters share when their ratio reaches the cutoff.

    A ratio r means 2M = r·total letters lie in common runs; between two runs at least one
    letter is unmatched, so there are at most (1 - r)·total + 1 runs, and a run of n letters
    holds n - 2 pieces. The bound never rules out a real lookalike.
    """
    matched = math.ceil(LOOKALIKE_CUTOFF * total / 2)
    runs = math.floor((1 - LOOKALIKE_CUTOFF) * total) + 1
    return matched - runs * (_PIECE - 1)
