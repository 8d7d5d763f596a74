"""Sign-on letters: the signers of an item, kept in a spreadsheet beside it (`signatories:`).

Site contract, "Press releases as journalists expect them": the CSV has the columns
`name,title,jurisdiction,state` (state as the two-letter postal code); the page says
"N officials from M states", computed from the file, and lists the signers grouped by state;
the file is published beside the page as `signatories.csv`. Each problem names
`file:row:column` (`newsroom.tables`): a missing column, an unknown state, a signer listed
twice, an empty name. A bad row is left out of the list; a file whose columns are in doubt
gives no list until it is fixed.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

import lxml.html
from lxml.html import builder as E

from .content import Item
from .problems import Problem
from .schema import Field, Schema
from .states import STATES
from .tables import read_table, row_number

PUBLISHED_NAME = "signatories.csv"
"""The file's name beside the item's page (`/press/2026/03/<slug>/signatories.csv`)."""
PLACEHOLDER = "{signatories}"
"""Written in `summary:`, it becomes "N officials from M states"."""
OPEN_UP_TO = 50
"""A list of at most this many signers shows every state open; a longer one shows each state as a
closed `<details>` (its count in the summary line), which browsers' find-in-page opens on a match."""

NOT_STATES = {"DC": "DC", "PR": "Puerto Rico", "GU": "Guam", "VI": "the U.S. Virgin Islands",
              "AS": "American Samoa", "MP": "the Northern Mariana Islands"}
"""Postal codes that are not states, and how a sentence names them, in the order it does."""

SIGNER_SCHEMA = Schema.of(
    "a signers list",
    Field("name", "text", True, "The signer's name as they sign.", "Ana Beltrán"),
    Field("title", "text", True, "Their office.", "Council Member"),
    Field("jurisdiction", "text", True, "The city, county or district they serve.", "Tucson"),
    Field("state", "state", True, "The state's two-letter postal code.", "AZ"),
)


@dataclass(frozen=True)
class Signer:
    name: str
    title: str
    jurisdiction: str
    state: str
    """The postal code: `AZ`."""


@dataclass(frozen=True)
class StateGroup:
    code: str
    name: str
    """The full name: `Arizona`."""
    signers: tuple[Signer, ...]
    """By jurisdiction, then name."""


@dataclass(frozen=True)
class SignOn:
    """The signers of one item, read from its CSV file."""

    source: str
    """The CSV file, relative to the repository."""
    signers: tuple[Signer, ...]
    """In the file's order."""

    @property
    def groups(self) -> tuple[StateGroup, ...]:
        """One group per state with signers, states in alphabetical order of their names."""
        codes = sorted({signer.state for signer in self.signers}, key=lambda code: STATES[code])
        return tuple(StateGroup(code, STATES[code], tuple(sorted(
            (signer for signer in self.signers if signer.state == code),
            key=lambda signer: (_sortable(signer.jurisdiction), _sortable(signer.name))))) for code in codes)

    @property
    def summary(self) -> str:
        """`2,000 officials from 50 states`; DC and the territories are named, as they are not states:
        `40 officials from 12 states, DC and Puerto Rico`."""
        count = len(self.signers)
        codes = {signer.state for signer in self.signers}
        states = len(codes - set(NOT_STATES))
        places = ([f"{states:,} {'state' if states == 1 else 'states'}"] if states else []) + [
            NOT_STATES[code] for code in NOT_STATES if code in codes]
        listed = places[0] if len(places) == 1 else f"{', '.join(places[:-1])} and {places[-1]}"
        return f"{count:,} {'official' if count == 1 else 'officials'} from {listed}"

    @property
    def open(self) -> bool:
        """Whether the page shows every state's list open (a short list)."""
        return len(self.signers) <= OPEN_UP_TO

    def csv_bytes(self) -> bytes:
        """The list as published: the contract's columns, the file's order, UTF-8 with a byte-order mark
        (so that Excel reads accents right) and CRLF line ends (RFC 4180)."""
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(SIGNER_SCHEMA.fields)
        writer.writerows((s.name, s.title, s.jurisdiction, s.state) for s in self.signers)
        return out.getvalue().encode("utf-8-sig")


def _sortable(text: str) -> tuple:
    """`Peñasco` sorts with `Penasco`, whatever the case, and `Ward 2` before `Ward 10`."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", " ".join(text.split()))
                    if not unicodedata.combining(c)).casefold()
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", plain))


def read_sign_ons(root: Path, items: Iterable[Item]) -> tuple[dict[str, SignOn], list[Problem]]:
    """Each item's signers, by the item's source, and every problem of the files and of `{signatories}`."""
    found: dict[str, SignOn] = {}
    problems: list[Problem] = []
    for item in items:
        sign_on, item_problems = _read_item_signers(root, item)
        problems += item_problems
        if sign_on is not None:
            found[item.source] = sign_on
        if PLACEHOLDER in item.summary and not item.signatories:
            problems.append(Problem(item.source, item.line_of("summary"), "summary",
                                    f"uses {PLACEHOLDER}, which counts the signers of the file in signatories:, "
                                    "but the item has none: add signatories: with the CSV file's name, or write "
                                    "the words instead"))
    return found, problems


def signers_file(item: Item) -> str:
    """The file `signatories:` names, relative to the repository (`press/2026/eats-act-signers.csv`); empty without."""
    if not item.signatories:
        return ""
    return (PurePosixPath(item.source).parent / item.signatories.replace("\\", "/")).as_posix()


def _read_item_signers(root: Path, item: Item) -> tuple[SignOn | None, list[Problem]]:
    if not item.signatories:
        return None, []
    folder = PurePosixPath(item.source).parent
    rel = signers_file(item)
    path = root / rel

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(item.source, item.line_of("signatories"), "signatories", message)]

    if not item.signatories.lower().endswith(".csv"):
        return fail(f"'{item.signatories}' is not a CSV file: save the spreadsheet as CSV (comma-separated values) "
                    f"in {folder}/ and give its name, for example signatories: heat-letter-signers.csv")
    if ".." in PurePosixPath(item.signatories).parts or PurePosixPath(item.signatories).is_absolute():
        return fail(f"'{item.signatories}' must be a file beside the item, in {folder}/: give its name alone")
    if not path.is_file():
        return fail(f"'{item.signatories}' is not a file in {folder}/: save the signers there as CSV, or correct "
                    "the file's name")
    table = read_table(path, rel, SIGNER_SCHEMA)
    if table.header_problems:
        return None, list(table.problems)
    signers, problems = _unique(table.rows)
    return SignOn(rel, tuple(signers)), list(table.problems) + problems


def _unique(rows) -> tuple[list[Signer], list[Problem]]:
    """The signers, each once: a second row with the same name, jurisdiction and state is a problem."""
    first: dict[tuple, int] = {}
    signers: list[Signer] = []
    problems: list[Problem] = []
    for row in rows:
        signer = Signer(**row.values)
        key = (_sortable(signer.name), _sortable(signer.jurisdiction), signer.state)
        if key in first:
            row.problem("name", f"'{signer.name}' ({signer.jurisdiction}, {signer.state}) is already on row "
                                f"{first[key]}: a signer is listed once, so delete one of the two rows")
            problems += row.problems
            continue
        first[key] = row_number(row)
        signers.append(signer)
    return signers, problems


def with_counts(items: Iterable[Item], sign_ons: Mapping[str, SignOn]) -> tuple[Item, ...]:
    """The items with `{signatories}` in their summaries replaced by the count of their signers.

    Without a usable list (a problem already reported), the words "Local officials" stand in.
    """
    def counted(item: Item) -> Item:
        if PLACEHOLDER not in item.summary:
            return item
        sign_on = sign_ons.get(item.source)
        text = sign_on.summary if sign_on else "local officials"
        summary = item.summary.replace(PLACEHOLDER, text)
        return replace(item, summary=summary[:1].upper() + summary[1:])

    return tuple(counted(item) for item in items)


def with_signers_note(html: str, sign_on: SignOn) -> str:
    """An item's body HTML for its feed entry, ending with who signed and where the list is: a feed reader
    gets the count and the links (relative to the page, made absolute with the entry's), not thousands of names."""
    container = lxml.html.fragment_fromstring(html or "<div></div>", create_parent="div")
    container.append(E.P(
        E.STRONG(f"Signed by {sign_on.summary}."), " ",
        E.A("The signers by state", href="#signatories"), " · ",
        E.A(f"the list as a spreadsheet ({PUBLISHED_NAME})", href=PUBLISHED_NAME),
    ))
    return lxml.html.tostring(container, encoding="unicode")
