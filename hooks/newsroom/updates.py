"""Corrections and updates after publication: `updates:` on any item.

Site contract, "Press releases as journalists expect them": each update has a date and a note,
is shown on the page newest first, and the newest update's date is the item's modification
time in the feeds (Atom `<updated>`, JSON Feed `date_modified`) and the sitemap, while the
item's id and publication date stay as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from lxml.html import HtmlElement
from lxml.html import builder as E

from .dates import long_date
from .schema import Record


@dataclass(frozen=True)
class Update:
    """One correction or update of an item, as its author dated it."""

    date: datetime
    """In the site's time zone."""
    note: str
    correction: bool = False

    @property
    def label(self) -> str:
        """How the page and the feeds introduce it: `Corrected` or `Updated`."""
        return "Corrected" if self.correction else "Updated"


def read_updates(record: Record) -> tuple[Update, ...]:
    """The `updates:` of an item's front matter, newest first (file order within one moment).

    An update dated before the item's `date` is a problem on its own line: an update comes after
    publication, so such a date is a typo in the year or the month, or a missing time on the
    day of publication.
    """
    published = record.values.get("date")
    found: list[Update] = []
    for entry in record.values.get("updates") or ():
        update = Update(entry.values["date"], " ".join(entry.values["note"].split()),
                        bool(entry.values["correction"]))
        if published is not None and update.date < published:
            entry.problem("date", f"'{update.date:%Y-%m-%d %H:%M}' is before the item's date "
                                  f"({published:%Y-%m-%d %H:%M}): an update comes after publication. Check the "
                                  f"year and the month; on the day of publication write the time too, for example "
                                  f"date: {published + timedelta(hours=1):%Y-%m-%d %H:%M}")
            record.problems.append(entry.problems[-1])
            continue
        found.append(update)
    # sorted() keeps the file's order among updates of one moment.
    return tuple(sorted(found, key=lambda update: update.date, reverse=True))


def shown_at(updates: tuple[Update, ...], now: datetime) -> tuple[Update, ...]:
    """The updates public at the build's clock `now`: like an embargo, an update exists from its date on."""
    return tuple(update for update in updates if update.date <= now)


def notes_element(updates: tuple[Update, ...]) -> HtmlElement | None:
    """The updates as the top of a feed entry's content: one paragraph each, newest first; None without any."""
    if not updates:
        return None
    return E.DIV({"class": "nr-updates"}, *(
        E.P(E.STRONG(f"{update.label} {long_date(update.date)}:"), f" {update.note}") for update in updates
    ))
