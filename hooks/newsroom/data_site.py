"""The network's work as data, as one part of the site: scorecards and the record of actions.

The loader (`loader.load_site`) reads both into a `DataSite` with every problem; the build adds
its pages, hands its templates what they look up (`template_globals`) and writes its downloads
and feeds (`write`). Nothing here imports MkDocs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .actions import ACTIONS_PATH, ActionRecord, load_actions
from .actions_feed import actions_place, render_action_feeds
from .actions_pages import ActionSite, ActionsPage
from .content import Item
from .feeds import FeedLink, SiteInfo
from .problems import Problem
from .scorecard_pages import JurisdictionPage, ScorecardPage, csv_bytes, json_bytes, scorecard_pages
from .scorecards import Scorecard, load_scorecards
from .sections import TOOLKITS
from .settings import Settings

SCORECARD_LEFT_OUT = "this scorecard is left out of the site until it is fixed"
ACTION_LEFT_OUT = "this row is left out of /actions/ until it is fixed"
ACTIONS_LEFT_OUT = "no action is published until the header is fixed"


@dataclass(frozen=True, eq=False)
class DataSite:
    """The published scorecards and actions of one build, and the problems of their files."""

    scorecards: tuple[Scorecard, ...] = ()
    actions: ActionSite = field(default_factory=lambda: ActionSite.of(ActionRecord()))
    scorecard_problems: tuple[Problem, ...] = ()

    @property
    def findings(self) -> list[tuple[Problem, str]]:
        """Each problem with what the non-strict build does about it."""
        record = self.actions.record
        row_consequence = ACTIONS_LEFT_OUT if record.file_left_out else ACTION_LEFT_OUT
        return ([(problem, SCORECARD_LEFT_OUT) for problem in self.scorecard_problems]
                + [(problem, row_consequence) for problem in record.problems])

    def pages(self, action_page_size: int | None = None) -> list[ScorecardPage | JurisdictionPage | ActionsPage]:
        """Every page to add: each scorecard's, then the record's lists."""
        actions = self.actions.pages(action_page_size) if action_page_size else self.actions.pages()
        return [*scorecard_pages(self.scorecards), *actions]

    def template_globals(self) -> dict:
        """What the shared templates look up: a toolkit's scorecard (`scorecard_of(item)`), the record."""
        by_source = {card.toolkit.source: card for card in self.scorecards if card.toolkit is not None}
        return {"scorecard_of": lambda item: by_source.get(getattr(item, "source", None)),
                "actions_site": self.actions if self.actions.record.actions else None}

    def feed_links(self, view: object, site: SiteInfo) -> tuple[FeedLink, ...]:
        """The record's feeds, for the pages of the record."""
        return actions_place(site).links if isinstance(view, ActionsPage) else ()

    def write_downloads(self, site_dir: Path, site: SiteInfo) -> None:
        """Write each scorecard's `scorecard.csv` and `scorecard.json` beside its page in the built site."""
        for card in self.scorecards:
            folder = site_dir / card.path
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "scorecard.csv").write_bytes(csv_bytes(card))
            (folder / "scorecard.json").write_bytes(json_bytes(card, site.url))

    def write_feeds(self, site_dir: Path, site: SiteInfo, settings: Settings) -> int:
        """Write the record's three feeds under `/actions/`, once it exists; gives the number of files written."""
        if not self.actions.record.present:
            return 0
        folder = site_dir / ACTIONS_PATH
        folder.mkdir(parents=True, exist_ok=True)
        feeds = render_action_feeds(self.actions.record, site, settings.feed_size, settings.timezone)
        for name, data in feeds.items():
            (folder / name).write_bytes(data)
        return len(feeds)


def load_data(root: Path, settings: Settings, now: datetime, items: Iterable[Item]) -> DataSite:
    """Read the scorecards of the published toolkits among `items`, and the record as of `now`."""
    scorecards, problems = load_scorecards(root, settings, [item for item in items if item.section is TOOLKITS])
    return DataSite(scorecards, ActionSite.of(load_actions(root, settings, now.date())), tuple(problems))
