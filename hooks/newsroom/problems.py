"""What is wrong with an input file, said so that a comms staffer can fix it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import total_ordering


@total_ordering
@dataclass(frozen=True)
class Problem:
    path: str
    """The file, relative to the repository."""
    line: int
    """1-based line of the field, or 1 when the whole file is at fault; in a table (CSV), its row (the header is 1)."""
    field: str
    """The front-matter field, data entry or table column at fault, or `file`."""
    message: str
    """What is wrong and what to do about it."""
    column: int | None = None
    """In a table, the 1-based column of the cell at fault; None elsewhere."""

    def __str__(self) -> str:
        """`path:line: field: message`, or `path:row:column: column name: message` for a table's cell."""
        where = f"{self.line}:{self.column}" if self.column is not None else f"{self.line}"
        return f"{self.path}:{where}: {self.field}: {self.message}"

    def _key(self) -> tuple:
        # In a file's order: by line, then by column (cells of one row left to right).
        return (self.path, self.line, self.column or 0, self.field, self.message)

    def __lt__(self, other: Problem) -> bool:
        return self._key() < other._key()


class ProblemsFound(Exception):
    """Raised with every problem of one input at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class CommandError(Exception):
    """Something the author can fix, met by a `newsroom` command; the message says what, and how."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` Did you mean 'X'?` for the closest choice, or an empty string."""
    choices = list(choices)
    lowered = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    # A short form of one choice ('Housing' for 'Affordable Housing') is too far for difflib.
    containing = [choice for key, choice in lowered.items() if len(word) > 2 and word.lower() in key]
    if not close and len(containing) == 1:
        return f" Did you mean '{containing[0]}'?"
    return f" Did you mean '{lowered[close[0]]}'?" if close else ""
