"""A scorecard's pages and downloads: the comparison table, one card per jurisdiction, CSV and JSON.

URLs from the site contract ("Scorecards"): `/toolkits/<slug>/scorecard/`, its
`<jurisdiction-slug>/` cards, and `scorecard.csv` and `scorecard.json` beside the table.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin

from .charts import Chart, stacked_bars
from .scorecards import NOTE, SCORECARD_CSV, Jurisdiction, Rating, Scorecard

DOWNLOADS = ("scorecard.csv", "scorecard.json")


@dataclass(frozen=True, eq=False)
class ScorecardPage:
    """Every jurisdiction × criterion, and how many jurisdictions reach each level per criterion."""

    scorecard: Scorecard
    template: str = "newsroom/scorecard.html"
    hide: tuple[str, ...] = ("navigation", "toc")
    """Material's sidebars left out: wide tables get the whole width."""

    @property
    def path(self) -> str:
        return self.scorecard.path

    @property
    def edit_source(self) -> str:
        """The file "Edit this page" opens: the spreadsheet export."""
        return f"{self.scorecard.folder}/{SCORECARD_CSV}"

    def fingerprint(self) -> str:
        """Changes only when what the page shows may change: for the preview's quick rebuilds."""
        return f"{self.path} {digest(self.scorecard)}"

    @property
    def title(self) -> str:
        return self.scorecard.title

    @property
    def description(self) -> str:
        card = self.scorecard
        return card.description or (f"{len(card.jurisdictions)} jurisdictions compared on "
                                    f"{len(card.criteria)} criteria.")

    @cached_property
    def chart(self) -> Chart:
        """Per criterion, how many jurisdictions are at each level: highest level first, as the eye reads."""
        card = self.scorecard
        levels = tuple(reversed(card.scale))
        rows = [(criterion.name, tuple(reversed(counts))) for criterion, counts in card.counts]
        fills = [card.step(len(card.scale) - 1 - index) + 1 for index in range(len(levels))]
        return stacked_bars(f"Bar chart: for each criterion, how many of the {len(card.jurisdictions)} jurisdictions "
                            f"are at each level", chart_summary(card), rows, levels, fills, "Jurisdictions",
                            f"nr-scorecard-{card.toolkit.slug}", "Criterion")

    def criterion_sentence(self, index: int) -> str:
        """`In place in 4 of 12 jurisdictions, Partial in 5, Not in place in 3.`: one criterion's counts in words."""
        card = self.scorecard
        counts = card.counts[index][1]
        parts = [(level, counts[rank]) for rank, level in reversed(list(enumerate(card.scale)))]
        first, *rest = parts
        return (f"{first[0]} in {first[1]} of {len(card.jurisdictions)} jurisdictions"
                + "".join(f", {level} in {count}" for level, count in rest) + ".")


def chart_summary(card: Scorecard) -> str:
    """Which criterion most jurisdictions have reached the top level of, and which the fewest."""
    top = [(criterion.name, counts[-1]) for criterion, counts in card.counts]
    most, least = max(top, key=lambda entry: entry[1]), min(top, key=lambda entry: entry[1])
    total = len(card.jurisdictions)
    if most[1] == least[1]:
        return f"Every criterion is {card.scale[-1]} in {most[1]} of {total} jurisdictions."
    return (f"{most[0]} is the criterion most often {card.scale[-1]} ({most[1]} of {total} jurisdictions); "
            f"{least[0]} the least often ({least[1]} of {total}).")


@dataclass(frozen=True)
class Comparison:
    """Where one jurisdiction stands on one criterion among all of the scorecard's."""

    rating: Rating
    same: int
    """Other jurisdictions at the same level."""
    higher: int
    """Jurisdictions at a higher level."""


@dataclass(frozen=True, eq=False)
class JurisdictionPage:
    """One jurisdiction's card: its level and note per criterion, and how it compares."""

    scorecard: Scorecard
    jurisdiction: Jurisdiction
    template: str = "newsroom/scorecard-jurisdiction.html"
    hide: tuple[str, ...] = ("navigation", "toc")
    """Material's sidebars left out: wide tables get the whole width."""

    @property
    def path(self) -> str:
        return self.scorecard.path_of(self.jurisdiction)

    @property
    def edit_source(self) -> str:
        return f"{self.scorecard.folder}/{SCORECARD_CSV}"

    def fingerprint(self) -> str:
        return f"{self.path} {digest(self.scorecard)}"

    @property
    def title(self) -> str:
        return f"{self.jurisdiction.name}, {self.jurisdiction.state}: {self.scorecard.title}"

    @property
    def description(self) -> str:
        j = self.jurisdiction
        return (f"Where {j.name}, {j.state_name} stands on {len(self.scorecard.criteria)} criteria, "
                f"compared with {len(self.scorecard.jurisdictions) - 1} other jurisdictions.")

    @property
    def comparisons(self) -> tuple[Comparison, ...]:
        card = self.scorecard
        found = []
        for index, rating in enumerate(self.jurisdiction.ratings):
            counts = card.counts[index][1]
            found.append(Comparison(rating, counts[rating.rank] - 1, sum(counts[rating.rank + 1:])))
        return tuple(found)

    @property
    def rank(self) -> str:
        """Its place by points among the scorecard's jurisdictions, in words: `1st`, `4th`."""
        return ordinal(self.scorecard.standing(self.jurisdiction)[0])

    @property
    def tied(self) -> int:
        """Other jurisdictions with the same points."""
        return self.scorecard.standing(self.jurisdiction)[1] - 1

    @property
    def top_level_count(self) -> int:
        """Criteria on which it reaches the highest level."""
        return sum(1 for rating in self.jurisdiction.ratings if rating.rank == len(self.scorecard.scale) - 1)


def digest(card: Scorecard) -> str:
    """Changes whenever anything a scorecard's pages show changes: its data, its toolkit's title, date and areas."""
    toolkit = card.toolkit
    shown = (card.title, card.description, card.as_of, card.scale, card.criteria, card.jurisdictions,
             toolkit.title, toolkit.path, toolkit.date, toolkit.issues, toolkit.draft)
    return hashlib.sha256(repr(shown).encode()).hexdigest()


def ordinal(number: int) -> str:
    """`1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def scorecard_pages(scorecards: tuple[Scorecard, ...]) -> list[ScorecardPage | JurisdictionPage]:
    """Each scorecard's page, then its jurisdictions' cards."""
    return [page for card in scorecards
            for page in (ScorecardPage(card), *(JurisdictionPage(card, j) for j in card.jurisdictions))]


def csv_bytes(card: Scorecard) -> bytes:
    """The scorecard as read, normalised (levels and state codes as the scale and USPS write them), UTF-8 with a BOM.

    The BOM makes spreadsheet programs open the file as UTF-8; columns as in the contract:
    jurisdiction, state, the criteria, then a note column per criterion.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["jurisdiction", "state", *(c.name for c in card.criteria), *(c.name + NOTE for c in card.criteria)])
    for j in card.jurisdictions:
        writer.writerow([j.name, j.state, *(r.level for r in j.ratings), *(r.note for r in j.ratings)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def json_bytes(card: Scorecard, site_url: str) -> bytes:
    """The scorecard for programs: scale, criteria and each jurisdiction's levels, notes and page, absolute URLs."""
    data = {
        "title": card.title,
        "description": card.description,
        "as_of": card.as_of.isoformat() if card.as_of else None,
        "toolkit": {"title": card.toolkit.title, "url": urljoin(site_url, card.toolkit.path)},
        "url": urljoin(site_url, card.path),
        "scale": list(card.scale),
        "criteria": [{"name": c.name, "description": c.description} for c in card.criteria],
        "jurisdictions": [
            {"name": j.name, "state": j.state, "url": urljoin(site_url, card.path_of(j)), "points": j.points,
             "ratings": {r.criterion.name: {"level": r.level, "note": r.note} for r in j.ratings}}
            for j in card.jurisdictions
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
