"""The pages of the network's record: `/actions/`, and the same list filtered by issue area or by state.

Filtering works without JavaScript: each issue area and each state has its own pages
(`/actions/issues/<area-slug>/`, `/actions/states/<code>/`), and every list is cut into pages
of `PAGE_SIZE` (`<list>/page/<n>/`) so that no page grows with the record (site contract,
"The network's record"; `/actions/` stays well under 500 KB of HTML at 20,000 actions).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from .actions import ACTIONS_FILE, ACTIONS_PATH, DESCRIPTION, TITLE, Action, ActionRecord
from .charts import Chart, bars
from .pages import Paginated
from .settings import IssueArea
from .states import STATES, TILES, state_name

PAGE_SIZE = 250
"""Actions per page: about 120 KB of HTML. Fewer, longer pages build faster (each page costs the
theme's whole frame) and a reader scrolls or searches in the page rather than paging."""
NEWEST_ON_ISSUE_PAGES = 3
MAP_BINS = 4
"""Shades of the map for states with actions; states without have their own."""


@dataclass(frozen=True, eq=False)
class ActionList:
    """The actions one set of pages lists: all of them, one issue area's or one state's."""

    kind: Literal["all", "issue", "state"]
    path: str
    """URL path of its first page, relative to the site root, with a trailing slash."""
    name: str
    """What the list is of, in a list of lists: `Police Reform`, `California`."""
    title: str
    description: str
    actions: tuple[Action, ...]
    area: IssueArea | None = None
    state: str | None = None

    @cached_property
    def jurisdictions(self) -> int:
        return len({(action.jurisdiction.casefold(), action.state) for action in self.actions})

    @cached_property
    def states(self) -> int:
        return len({action.state for action in self.actions})

    @cached_property
    def by_area(self) -> tuple[tuple[IssueArea, int], ...]:
        """Each issue area with actions in this list and how many, most first (ties in the site's order)."""
        counts = Counter(action.issue for action in self.actions)
        return tuple(sorted(counts.items(), key=lambda entry: -entry[1]))

    @cached_property
    def tiles(self) -> tuple[Tile, ...]:
        """The map of the states: one tile per state and DC, and per territory with actions."""
        counts = Counter(action.state for action in self.actions)
        places: dict[str, set[str]] = {}
        for action in self.actions:
            places.setdefault(action.state, set()).add(action.jurisdiction.casefold())
        most = max(counts.values(), default=0)
        return tuple(
            Tile(code, state_name(code), *TILES[code], counts[code], len(places.get(code, ())),
                 math.ceil(counts[code] * MAP_BINS / most) if counts[code] else 0)
            for code in STATES if counts[code] or code not in _TERRITORIES
        )

    @property
    def map_rows(self) -> tuple[tuple[str, tuple[int, int]], ...]:
        """The map as a table: each state with actions, its actions and its jurisdictions."""
        return tuple((tile.name, (tile.count, tile.jurisdictions)) for tile in self.tiles if tile.count)

    @property
    def map_links(self) -> dict[str, str]:
        """Each state's name → the path of its list."""
        return {tile.name: f"{ACTIONS_PATH}states/{tile.code.lower()}/" for tile in self.tiles if tile.count}

    @cached_property
    def legend(self) -> tuple[tuple[int, str], ...]:
        """(shade, what it means): `1–3 actions` for each shade in use, lowest first, and `none`."""
        most = max((tile.count for tile in self.tiles), default=0)
        edges = [0] + [math.floor(most * step / MAP_BINS) for step in range(1, MAP_BINS + 1)]
        shades = [(0, "No actions")]
        for shade in range(1, MAP_BINS + 1):
            low, high = edges[shade - 1] + 1, edges[shade]
            if low <= high:
                shades.append((shade, f"{low} action" if low == high == 1 else
                               f"{low} actions" if low == high else f"{low}–{high} actions"))
        return tuple(shades)

    def pages(self, site: ActionSite, size: int = PAGE_SIZE) -> list[ActionsPage]:
        chunks = [self.actions[start:start + size] for start in range(0, len(self.actions), size)] or [()]
        return [ActionsPage(self, site, number, chunk, len(chunks), (number - 1) * size + 1)
                for number, chunk in enumerate(chunks, start=1)]


_TERRITORIES = {"AS", "GU", "MP", "PR", "VI"}


@dataclass(frozen=True)
class Tile:
    """One state's square on the map."""

    code: str
    name: str
    row: int
    column: int
    count: int
    jurisdictions: int
    shade: int
    """0 for no actions, else 1 (fewest) to MAP_BINS (most)."""


@dataclass(frozen=True, eq=False)
class ActionsPage(Paginated):
    """One page of an action list; the first also shows the totals, the chart and the map."""

    list: ActionList
    site: ActionSite
    number: int
    actions: tuple[Action, ...]
    count: int
    first: int
    """The position of the page's first action in its list, from 1."""
    template: str = "newsroom/actions.html"

    edit_source: str = ACTIONS_FILE
    """The file "Edit this page" opens."""
    hide: tuple[str, ...] = ("navigation", "toc")
    """Material's sidebars left out: wide tables get the whole width."""

    @property
    def first_path(self) -> str:
        return self.list.path

    @property
    def title(self) -> str:
        return self.numbered(self.list.title)

    @property
    def description(self) -> str:
        return self.list.description

    def fingerprint(self) -> str:
        """Changes only when what the page shows may change: for the preview's quick rebuilds."""
        return f"{self.path} {self.site.record.digest}"

    @property
    def chart(self) -> Chart | None:
        """Actions by issue area, on the first page of all actions."""
        return self.site.chart if self.list.kind == "all" and self.number == 1 else None


@dataclass(frozen=True, eq=False)
class ActionSite:
    """Every list of the record, made once, and what all their pages link to."""

    record: ActionRecord
    lists: tuple[ActionList, ...]

    @classmethod
    def of(cls, record: ActionRecord) -> ActionSite:
        return cls(record, action_lists(record))

    @property
    def everything(self) -> ActionList:
        return self.lists[0]

    @cached_property
    def area_lists(self) -> tuple[ActionList, ...]:
        """Each issue area's list, in the site's order of areas."""
        return tuple(each for each in self.lists if each.kind == "issue")

    @cached_property
    def state_lists(self) -> tuple[ActionList, ...]:
        return tuple(each for each in self.lists if each.kind == "state")

    def list_of_area(self, area: IssueArea) -> ActionList | None:
        return next((each for each in self.area_lists if each.area == area), None)

    @cached_property
    def area_paths(self) -> dict[str, str]:
        """Each issue area's name → the path of its list, for links from tables of areas."""
        return {each.name: each.path for each in self.area_lists}

    @cached_property
    def chart(self) -> Chart | None:
        return area_chart(self.record) if self.record.actions else None

    def pages(self, size: int = PAGE_SIZE) -> list[ActionsPage]:
        """Every page of every list; none when there is no record at all."""
        if not self.record.present:
            return []
        return [page for each in self.lists for page in each.pages(self, size)]


def totals(count: int, jurisdictions: int, states: int) -> str:
    """`150 actions in 94 jurisdictions across 31 states`, singular where it is one."""
    def plural(n: int, word: str, words: str) -> str:
        return f"{n:,} {word if n == 1 else words}"
    return (f"{plural(count, 'action', 'actions')} in {plural(jurisdictions, 'jurisdiction', 'jurisdictions')} "
            f"across {plural(states, 'state', 'states')}")


def action_lists(record: ActionRecord) -> tuple[ActionList, ...]:
    """All actions, then each issue area's and each state's that have any."""
    everything = ActionList("all", ACTIONS_PATH, "All actions", TITLE, DESCRIPTION, record.actions)
    areas = tuple(ActionList("issue", f"{ACTIONS_PATH}issues/{area.slug}/", area.name, f"Actions on {area.name}",
                             f"What members have done on {area.name}, newest first.", actions, area=area)
                  for area, actions in record.by_area.items() if actions)
    states = tuple(ActionList("state", f"{ACTIONS_PATH}states/{code.lower()}/", state_name(code), f"Actions in {state_name(code)}",
                              f"What members in {state_name(code)} have done, newest first.", actions, state=code)
                   for code, actions in record.by_state.items())
    return (everything, *areas, *states)


def area_chart(record: ActionRecord) -> Chart:
    """Actions by issue area, most first (ties in the site's order), as a bar chart with its summary and table."""
    counts = sorted(((area.name, len(actions)) for area, actions in record.by_area.items()), key=lambda e: -e[1])
    most = [name for name, count in counts if count == counts[0][1]]
    fewest = [name for name, count in counts if count == counts[-1][1]]
    summary = (f"Most actions are on {_names(most)} ({counts[0][1]:,}{' each' if len(most) > 1 else ''}); "
               f"the fewest on {_names(fewest)} ({counts[-1][1]:,}{' each' if len(fewest) > 1 else ''}).")
    return bars("Bar chart of the number of actions in each issue area", summary, counts, "Actions",
                "nr-actions-by-area", "Issue area", "Actions")


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
