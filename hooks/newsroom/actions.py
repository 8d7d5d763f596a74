"""The network's record: what members did, one row of `data/actions.csv` each (site contract, "The network's record").

Columns `date,jurisdiction,state,issue,action,link`, read with the site's one schema mechanism
(`tables.read_table`): a bad row is reported at its row and column and left out, the rest are
published. An action dated after the build's clock, or written twice, is a bad row too.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from .problems import Problem
from .schema import Field, Schema
from .settings import IssueArea, Settings
from .slugs import slugify
from .states import STATES, state_name
from .tables import read_table, row_number

ACTIONS_FILE = "data/actions.csv"
ACTIONS_PATH = "actions/"
"""URL path of the record's first page, relative to the site root (site contract)."""
TITLE = "Actions by members"
DESCRIPTION = "What the network's members have done in city halls and county boards, newest first."

ACTION_SCHEMA = Schema.of(
    "an action",
    Field("date", "day", True, "The day of the vote, signature or launch.", "2025-03-14"),
    Field("jurisdiction", "text", True, "The city or county, as readers know it.", "Harbor Point"),
    Field("state", "state", True, "The state's two-letter postal code.", "CA"),
    Field("issue", "area", True, "One issue area of the site's list.", "Police Reform"),
    Field("action", "text", True, "What the member did, in one sentence.",
          "City council created a civilian police oversight board with subpoena power"),
    Field("link", "url", False, "An https:// address of the ordinance, vote or coverage.",
          "https://www.harborpoint.gov/council/ordinance-2025-14"),
    noun="column",
)


@dataclass(frozen=True)
class Action:
    """One thing a member did."""

    date: date
    jurisdiction: str
    state: str
    """Two-letter postal code."""
    issue: IssueArea
    text: str
    link: str | None
    key: str
    """Stable within the record and across edits of its text: `2025-03-14/harbor-point-ca/police-reform`,
    with `-2`, `-3` for further actions of one place, area and day (in the file's order)."""

    @property
    def state_name(self) -> str:
        return state_name(self.state)

    @property
    def place(self) -> str:
        """`Harbor Point, CA`."""
        return f"{self.jurisdiction}, {self.state}"

    @property
    def long_date(self) -> str:
        """`March 14, 2025`, as the site writes dates."""
        return f"{self.date:%B} {self.date.day}, {self.date.year}"

    @property
    def state_path(self) -> str:
        """URL path of the list of its state's actions."""
        return f"{ACTIONS_PATH}states/{self.state.lower()}/"

    @property
    def issue_path(self) -> str:
        """URL path of the list of its issue area's actions."""
        return f"{ACTIONS_PATH}issues/{self.issue.slug}/"


@dataclass(frozen=True, eq=False)
class ActionRecord:
    """Every published action, newest first, with the totals the pages show."""

    actions: tuple[Action, ...] = ()
    areas: tuple[IssueArea, ...] = ()
    """The site's issue areas, in its order."""
    problems: tuple[Problem, ...] = field(default=())
    file_left_out: bool = False
    """Whether the file's header is at fault, so that no row is published."""
    present: bool = False
    """Whether `data/actions.csv` exists: the record's pages and feeds exist from then on, even while empty."""

    @cached_property
    def jurisdictions(self) -> int:
        return len({(action.jurisdiction.casefold(), action.state) for action in self.actions})

    @cached_property
    def states(self) -> tuple[tuple[str, int, int], ...]:
        """(postal code, actions, jurisdictions) for each state with actions, in the order of `STATES`."""
        counts = Counter(action.state for action in self.actions)
        places: dict[str, set[str]] = defaultdict(set)
        for action in self.actions:
            places[action.state].add(action.jurisdiction.casefold())
        return tuple((code, counts[code], len(places[code])) for code in STATES if counts[code])

    @cached_property
    def by_area(self) -> dict[IssueArea, tuple[Action, ...]]:
        """Each issue area's actions, newest first; every area of the site, with or without actions."""
        found: dict[IssueArea, list[Action]] = {area: [] for area in self.areas}
        for action in self.actions:
            found.setdefault(action.issue, []).append(action)
        return {area: tuple(actions) for area, actions in found.items()}

    @cached_property
    def by_state(self) -> dict[str, tuple[Action, ...]]:
        """Each state's actions, newest first, for the states with actions."""
        found: dict[str, list[Action]] = defaultdict(list)
        for action in self.actions:
            found[action.state].append(action)
        return {code: tuple(found[code]) for code in STATES if code in found}

    def of_area(self, area: IssueArea) -> tuple[Action, ...]:
        return self.by_area.get(area, ())

    @cached_property
    def digest(self) -> str:
        """Changes whenever anything the record's pages show changes (its actions, the areas, its problems)."""
        return hashlib.sha256(repr((self.actions, self.areas, self.problems)).encode()).hexdigest()


def load_actions(root: Path, settings: Settings, today: date) -> ActionRecord:
    """`data/actions.csv` at `root`, validated; no file means no actions yet.

    `today` is the build clock's day: an action cannot be dated after it.
    """
    path = root / ACTIONS_FILE
    if not path.is_file():
        return ActionRecord(areas=settings.issue_areas)
    table = read_table(path, ACTIONS_FILE, ACTION_SCHEMA, context=settings)
    if table.header_problems:
        return ActionRecord(areas=settings.issue_areas, problems=table.problems, file_left_out=True, present=True)
    problems = list(table.problems)
    actions: list[tuple[date, int, Action]] = []
    first: dict[tuple, int] = {}
    keys: Counter[str] = Counter()
    slugs: dict[str, str] = {}
    for row in table.rows:
        values, number = row.values, row_number(row)
        place = slugs.get(values["jurisdiction"]) or slugs.setdefault(values["jurisdiction"], slugify(values["jurisdiction"]))
        if values["date"] > today:
            problems.append(Problem(ACTIONS_FILE, number, "date", f"'{values['date']}' is after today: an action is "
                                    "recorded once it has happened, so check the year and the month",
                                    table.columns["date"]))
            continue
        same = (values["date"], place, values["state"], values["action"].casefold())
        if same in first:
            problems.append(Problem(ACTIONS_FILE, number, "action", f"is the same action as row {first[same]} "
                                    "(same day, place and text): keep only one", table.columns["action"]))
            continue
        first[same] = number
        key = f"{values['date']}/{place}-{values['state'].lower()}/{values['issue'].slug}"
        keys[key] += 1
        key = key if keys[key] == 1 else f"{key}-{keys[key]}"
        actions.append((values["date"], number, Action(values["date"], values["jurisdiction"], values["state"],
                                                       values["issue"], values["action"], values["link"], key)))
    # Newest first; actions of one day in the file's order.
    actions.sort(key=lambda entry: (-entry[0].toordinal(), entry[1]))
    return ActionRecord(tuple(action for _, _, action in actions), settings.issue_areas, tuple(sorted(problems)),
                        present=True)
