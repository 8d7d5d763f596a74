"""What is wrong with an input file, said so that a comms staffer can fix it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    """The file, relative to the repository."""
    line: int
    """1-based line of the field, or 1 when the whole file is at fault."""
    field: str
    """The front-matter field or data entry at fault, or `file`."""
    message: str
    """What is wrong and what to do about it."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class ProblemsFound(Exception):
    """Raised with every problem of one input at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


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
