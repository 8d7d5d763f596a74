"""What the build adds to a press release: the header journalists look for, the end mark and the boilerplate.

Site contract, "Press releases as journalists expect them": a release shows at the top "FOR
IMMEDIATE RELEASE", its date and its contacts (the people its `contacts:` names in
`data/media.yml`, by default the press office); its `dateline` is printed in capitals before the
first paragraph, with the date; it ends with the end mark `###` and the boilerplate of
`data/media.yml`, which is never pasted into the release's file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import lxml.html
from lxml.html import builder as E

from .content import Item
from .dates import long_date
from .media import MEDIA_FILE, Contact, MediaKit
from .problems import Problem, did_you_mean
from .sections import PRESS

END_MARK = "###"


@dataclass(frozen=True)
class Release:
    """A press release's header and ending, resolved against data/media.yml."""

    contacts: tuple[Contact, ...]
    """Whom to call, in the order the release names them; the press office when it names nobody."""
    boilerplate: tuple[str, ...]
    """The paragraphs of data/media.yml's boilerplate; empty while it has none."""
    dateline: str
    """`WASHINGTON, DC, November 3, 2026`: the place in capitals and the date; empty without a `dateline:`."""
    place: str = ""
    """`WASHINGTON, DC`: the place alone, in capitals."""
    end_mark: str = END_MARK


def resolve_releases(items: Iterable[Item], kit: MediaKit | None) -> tuple[dict[Item, Release], list[Problem]]:
    """Each press release of `items` with its header and ending, and a problem per contact that cannot be shown.

    A key that names nobody in data/media.yml, or a spokesperson with neither email nor phone,
    is a problem on the line of `contacts:`; the release shows the contacts it can, or the press office.
    """
    people = kit.people() if kit else {}
    office = (kit.press_office,) if kit and kit.press_office else ()
    boilerplate = kit.boilerplate_paragraphs if kit else ()
    releases: dict[Item, Release] = {}
    problems: list[Problem] = []
    for item in items:
        if item.section is not PRESS:
            continue
        shown: list[Contact] = []
        for key in item.contacts:
            problem = _contact_problem(key, people)
            if problem:
                problems.append(Problem(item.source, item.line_of("contacts", key), "contacts", problem))
            else:
                shown.append(people[key])
        place = item.dateline.upper()
        dateline = f"{place}, {long_date(item.date)}" if place else ""
        releases[item] = Release(tuple(shown) or office, boilerplate, dateline, place)
    return releases, problems


def _contact_problem(key: str, people: Mapping[str, Contact]) -> str:
    if not people:
        return (f"'{key}' cannot be looked up: {MEDIA_FILE} lists no press contacts yet. Add them there "
                "(contacts: with name, email and phone), or remove contacts: to show none")
    person = people.get(key)
    if person is None:
        hint = did_you_mean(key, people) or f" The keys are: {', '.join(people)}."
        return f"'{key}' is not the key of a press contact or spokesperson in {MEDIA_FILE}.{hint}"
    if not person.email and not person.phone:
        return (f"'{key}' ({person.name}) has no email or phone in {MEDIA_FILE}, so journalists could not reach "
                "them: add email: to their entry there, or name a press contact instead")
    return ""


def with_dateline(html: str, dateline: str) -> str:
    """The body `html` with `dateline` and a dash run into its first paragraph of text, as wire copy prints it.

    A body without such a paragraph gets the dateline as a paragraph of its own at the top.
    """
    if not dateline:
        return html
    container = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    mark = E.STRONG({"class": "nr-dateline"}, f"{dateline} —")
    first = next((child for child in container if child.tag == "p" and child.text_content().strip()), None)
    if first is None:
        first = E.P()
        container.insert(0, first)
    mark.tail = f" {first.text.lstrip()}" if first.text else " "
    first.text = None
    first.insert(0, mark)
    return lxml.html.tostring(container, encoding="unicode")
