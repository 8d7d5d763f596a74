"""Reading the dates authors write, and the build's clock."""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

_ACCEPTED = re.compile(
    r"^\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
FORMAT_HELP = "write it as 2024-05-05, 2024-05-05 14:00 or 2024-05-05T14:00:00-04:00"


def parse_moment(value: object, tz: ZoneInfo) -> datetime:
    """A moment in the site's zone `tz` from front-matter text; text without an offset is in `tz`.

    Raises ValueError with a message an author can act on.
    """
    text = str(value).strip()
    if not _ACCEPTED.match(text):
        raise ValueError(f"'{text}' is not a date in a form the site reads: {FORMAT_HELP}")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date or time on the calendar: check the day, month and hour") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    # Item URLs and displayed dates follow the site's calendar, not the writer's.
    return moment.astimezone(tz)


def long_date(moment: date) -> str:
    """`November 3, 2026`: a date as the site prints it (US style, the month in words)."""
    return f"{_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
"""In English whatever the machine's locale, unlike strftime's %B."""

NOW_VARIABLE = "NEWSROOM_NOW"


def build_clock(tz: ZoneInfo) -> datetime:
    """The moment the build treats as now: `NEWSROOM_NOW` when set, else the current time."""
    value = os.environ.get(NOW_VARIABLE, "").strip()
    if not value:
        return datetime.now(tz)
    try:
        return parse_moment(value, tz)
    except ValueError as error:
        raise ValueError(f"{NOW_VARIABLE}: {error}") from None
