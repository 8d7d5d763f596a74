"""Scorecards: a folder toolkit's comparison of jurisdictions on a set of criteria (site contract, "Scorecards").

`toolkits/<slug>/scorecard.yml` names the scorecard, its ordered scale of levels and its criteria;
`toolkits/<slug>/scorecard.csv`, a spreadsheet export, holds one row per jurisdiction and one
column per criterion (plus an optional `<criterion> note` column each). Both are read with the
site's one schema mechanism (`schema.read_record`, `tables.read_table`); a scorecard with any
problem is left out whole, since a comparison missing a row or a column would mislead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import yaml

from .content import Item
from .problems import Problem, ProblemsFound
from .schema import Field, Schema, read_record
from .settings import Settings
from .slugs import slugify
from .states import state_name
from .tables import read_table, row_number
from .yamltext import parse, read_text

SCORECARD_YML = "scorecard.yml"
SCORECARD_CSV = "scorecard.csv"
NOTE = " note"
"""A criterion's note column is named `<criterion> note`."""
MAX_LEVELS = 5

CRITERION_SCHEMA = Schema.of(
    "a criterion",
    Field("name", "text", True, "The criterion as the table's column names it.", "name: Independent oversight"),
    Field("description", "text", True, "One sentence: what a jurisdiction must do to reach the top level.",
          "description: A civilian board with subpoena power reviews every complaint."),
)
SCORECARD_SCHEMA = Schema.of(
    "a scorecard",
    Field("title", "text", True, "The scorecard's title.", 'title: "Safety and Accountability Scorecard"'),
    Field("description", "text", False, "One or two sentences shown under the title: what is compared, and how.",
          "description: Twelve cities on eight policies. Scores are illustrative."),
    Field("as_of", "day", False, "The day the scores describe.", "as_of: 2026-09-01"),
    Field("scale", "names", True, "The levels, lowest first.", "scale: [Not in place, Partial, In place]"),
    Field("criteria", "records", True, "What jurisdictions are compared on, in the table's order.",
          "criteria: [{name: Independent oversight, description: A civilian board reviews every complaint.}]",
          CRITERION_SCHEMA),
)


@dataclass(frozen=True)
class Criterion:
    name: str
    description: str
    slug: str


@dataclass(frozen=True)
class Rating:
    """One jurisdiction's level on one criterion."""

    criterion: Criterion
    level: str
    rank: int
    """The level's place on the scale, 0 for the lowest."""
    note: str
    """A short sourced note; empty when none."""


@dataclass(frozen=True)
class Jurisdiction:
    name: str
    state: str
    """Two-letter postal code."""
    slug: str
    ratings: tuple[Rating, ...]
    """One per criterion, in the criteria's order."""

    @property
    def state_name(self) -> str:
        return state_name(self.state)

    @property
    def points(self) -> int:
        """The sum of the levels' places on the scale: 0 for the lowest level everywhere."""
        return sum(rating.rank for rating in self.ratings)


@dataclass(frozen=True, eq=False)
class Scorecard:
    """One toolkit's scorecard, validated."""

    toolkit: Item | None
    """The published toolkit it belongs to; None while it is only checked (its toolkit unpublished)."""
    title: str
    description: str
    as_of: date | None
    scale: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    jurisdictions: tuple[Jurisdiction, ...]
    """In the order of the file."""
    folder: str
    """The toolkit's folder, relative to the repository: `toolkits/police-scorecard`."""

    @property
    def path(self) -> str:
        """URL path of the scorecard page, relative to the site root, with a trailing slash."""
        assert self.toolkit is not None, "an unpublished toolkit's scorecard has no page"
        return f"{self.toolkit.path}scorecard/"

    def path_of(self, jurisdiction: Jurisdiction) -> str:
        return f"{self.path}{jurisdiction.slug}/"

    @property
    def max_points(self) -> int:
        return (len(self.scale) - 1) * len(self.criteria)

    def step(self, rank: int) -> int:
        """The colour step, 0–4, of the level at `rank`: the lowest level is 0 and the highest 4, on any scale."""
        return round(rank * (MAX_LEVELS - 1) / (len(self.scale) - 1))

    @cached_property
    def counts(self) -> tuple[tuple[Criterion, tuple[int, ...]], ...]:
        """For each criterion, how many jurisdictions are at each level of the scale (lowest first)."""
        table = []
        for index, criterion in enumerate(self.criteria):
            found = [0] * len(self.scale)
            for jurisdiction in self.jurisdictions:
                found[jurisdiction.ratings[index].rank] += 1
            table.append((criterion, tuple(found)))
        return tuple(table)

    @cached_property
    def by_points(self) -> tuple[Jurisdiction, ...]:
        """Most points first; ties by name."""
        return tuple(sorted(self.jurisdictions, key=lambda j: (-j.points, j.name.casefold(), j.state)))

    def standing(self, jurisdiction: Jurisdiction) -> tuple[int, int]:
        """(place by points, 1 for the most; how many share its points): ties share a place."""
        return self._standings[jurisdiction.points]

    @cached_property
    def _standings(self) -> dict[int, tuple[int, int]]:
        # Made once: each card asks, and asking each time would be quadratic in jurisdictions.
        tied = Counter(jurisdiction.points for jurisdiction in self.jurisdictions)
        standings, above = {}, 0
        for points in sorted(tied, reverse=True):
            standings[points] = (above + 1, tied[points])
            above += tied[points]
        return standings


def scorecard_folders(root: Path) -> list[Path]:
    """Every toolkit folder that holds a scorecard file, in a stable order."""
    folder = root / "toolkits"
    if not folder.is_dir():
        return []
    return sorted({path.parent for name in (SCORECARD_YML, SCORECARD_CSV) for path in folder.glob(f"*/{name}")})


def scorecard_files(root: Path) -> set[str]:
    """The scorecard files of the repository, relative to it, for `newsroom check PATH`."""
    return {f"{_rel(root, folder)}/{name}" for folder in scorecard_folders(root)
            for name in (SCORECARD_YML, SCORECARD_CSV) if (folder / name).is_file()}


def load_scorecards(root: Path, settings: Settings, toolkits: Iterable[Item]) -> tuple[tuple[Scorecard, ...], list[Problem]]:
    """Every scorecard under `toolkits/`, and every problem of every scorecard file.

    Scorecards are checked whether or not their toolkit is published; only those of
    `toolkits` (the published ones) are returned, so an unpublished toolkit's scorecard
    is not published either.
    """
    published = {item.source: item for item in toolkits}
    scorecards: list[Scorecard] = []
    problems: list[Problem] = []
    for folder in scorecard_folders(root):
        toolkit = published.get(f"{_rel(root, folder)}/index.md")
        found, bad = read_scorecard(root, folder, settings, toolkit)
        problems += bad
        if found is not None and toolkit is not None:
            scorecards.append(found)
    return tuple(scorecards), problems


def read_scorecard(root: Path, folder: Path, settings: Settings,
                   toolkit: Item | None = None) -> tuple[Scorecard | None, list[Problem]]:
    """One toolkit folder's scorecard, or None with every problem; `toolkit` is its published toolkit, if any."""
    rel = _rel(root, folder)
    yml, csv_path = folder / SCORECARD_YML, folder / SCORECARD_CSV
    problems: list[Problem] = []
    if not (folder / "index.md").is_file():
        problems.append(Problem(f"{rel}/{SCORECARD_YML if yml.is_file() else SCORECARD_CSV}", 1, "file",
                                f"belongs to no toolkit: a scorecard sits in a folder toolkit beside its index.md; "
                                f"add {rel}/index.md or move the scorecard into the toolkit's folder"))
    for present, absent in ((yml, csv_path), (csv_path, yml)):
        if present.is_file() and not absent.is_file():
            problems.append(Problem(f"{rel}/{present.name}", 1, "file",
                                    f"has no {absent.name} beside it: a scorecard needs both {SCORECARD_YML} "
                                    f"(title, scale, criteria) and {SCORECARD_CSV} (one row per jurisdiction)"))
    clash = next((c for c in toolkit.chapters if c.slug == "scorecard"), None) if toolkit else None
    if clash is not None:
        problems.append(Problem(clash.source, 1, "file", f"gives the address /{clash.path}, which the toolkit's "
                                                         "scorecard has: rename the chapter's file"))
    if problems:
        return None, problems
    try:
        header = _read_yml(yml, f"{rel}/{SCORECARD_YML}", settings)
    except ProblemsFound as found:
        return None, list(found.problems)
    title, description, as_of, scale, criteria = header
    table = read_table(csv_path, f"{rel}/{SCORECARD_CSV}", _columns(scale, criteria), context=settings)
    problems = list(table.problems)
    if table.header_problems:
        # Without all of its columns no row is complete: the header's problems say what to fix.
        return None, problems
    jurisdictions: list[Jurisdiction] = []
    first_row: dict[str, int] = {}
    for row in table.rows:
        values = row.values
        slug = slugify(f"{values['jurisdiction']} {values['state']}")
        number = row_number(row)
        if slug in first_row:
            problems.append(Problem(table.rel, number, "jurisdiction",
                                    f"'{values['jurisdiction']}, {values['state']}' is already in row {first_row[slug]}: "
                                    "keep one row per jurisdiction", table.columns["jurisdiction"]))
            continue
        first_row[slug] = number
        ratings = tuple(Rating(c, values[c.name], scale.index(values[c.name]), values.get(c.name + NOTE) or "")
                        for c in criteria)
        jurisdictions.append(Jurisdiction(values["jurisdiction"], values["state"], slug, ratings))
    if not jurisdictions and not problems:
        problems.append(Problem(table.rel, 2, "file", "has no jurisdictions: add one row per jurisdiction below "
                                                      "the header"))
    if problems:
        return None, sorted(problems)
    return Scorecard(toolkit, title, description, as_of, scale, criteria, tuple(jurisdictions), rel), []


def _read_yml(path: Path, rel: str, settings: Settings) -> tuple:
    """(title, description, as_of, scale, criteria) of `scorecard.yml`; raises ProblemsFound with every problem."""
    document = parse(read_text(path, rel), rel, what="file")
    if not isinstance(document.node, yaml.MappingNode):
        raise ProblemsFound([Problem(rel, 1, "file", "must be fields written as name: value: title:, scale: and "
                                                     "criteria:")])
    record = read_record(document, document.node, SCORECARD_SCHEMA, context=settings)
    values = record.values
    scale = values["scale"] or ()
    if scale and not 2 <= len(scale) <= MAX_LEVELS:
        record.problem("scale", f"has {len(scale)} {'level' if len(scale) == 1 else 'levels'}: a scale has 2 to "
                                f"{MAX_LEVELS} levels, lowest first, "
                                "for example scale: [Not in place, Partial, In place]")
    criteria: list[Criterion] = []
    for entry in values["criteria"] or ():
        name = entry.values["name"]
        clash = next((c for c in criteria if slugify(c.name) == slugify(name)), None)
        if clash is not None or slugify(name) in ("jurisdiction", "state") or name.lower().endswith(NOTE):
            why = f"is the same column as '{clash.name}'" if clash else "is a column name the table uses itself"
            record.problem("criteria", f"'{name}' {why}: give the criterion another name", entry.line_of("name"))
            continue
        criteria.append(Criterion(name, entry.values["description"], slugify(name)))
    if record.problems:
        raise ProblemsFound(record.problems)
    return values["title"], values["description"] or "", values["as_of"], scale, tuple(criteria)


def _columns(scale: tuple[str, ...], criteria: tuple[Criterion, ...]) -> Schema:
    """The CSV's columns: jurisdiction, state, one per criterion (one of the levels), and optional notes."""
    fields = [
        Field("jurisdiction", "text", True, "The city or county, as readers know it.", "Harbor Point"),
        Field("state", "state", True, "The state's two-letter postal code.", "CA"),
    ]
    fields += [Field(c.name, "choice", True, f"The level reached on {c.name}.", scale[-1], choices=scale)
               for c in criteria]
    fields += [Field(c.name + NOTE, "text", False, f"A short sourced note on {c.name}.",
                     "Charter amendment, 2022 (Charter § 4.12)") for c in criteria]
    return Schema.of("the scorecard", *fields, noun="column")


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()
