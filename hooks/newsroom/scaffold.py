"""A new item for `newsroom new`: where its file goes, its front matter and a body to start from.

The text is validated by `content.read_item`, the build's own reader, before
anyone writes it, so a new file always passes `newsroom check` and the build.
A new item is a draft (`draft: true`, site contract: "Input that is messy but meant"), and
its visible placeholder text is declared in PLACEHOLDERS, which the build and `newsroom check`
refuse in a published item (`unfinished.py`).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from .content import Item, read_item
from .fields import ITEM_FIELDS
from .sections import POSTS, PRESS, TOOLKITS, Section
from .settings import Settings
from .slugs import MAX_SLUG_LENGTH, foreign_letters, shorten, slugify

KINDS: dict[str, Section] = {"post": POSTS, "press": PRESS, "toolkit": TOOLKITS}
"""The word authors type after `newsroom new`, and the section it writes in."""

ORGANISATION = "Municipal Justice Network"


@dataclass(frozen=True)
class PressOffice:
    """Whom a new press release names as its contact: the key of the first press contact in data/media.yml.

    The build adds the contacts' details, the end mark and the boilerplate to every release,
    so a new file carries none of them (site contract, "Press releases as journalists expect them").
    """

    contact: str = ""
    """Empty while data/media.yml lists no press contact: the release then names nobody."""


# Optional fields left out of new files: the file name already gives the slug, and
# featuring is for toolkits (the home page shows featured toolkits).
# Corrections and signers come after a first draft; the release header is for press releases.
_LATER = frozenset({"updates", "signatories"})
_RELEASE = frozenset({"dateline", "contacts"})
_LEFT_OUT: dict[str, frozenset[str]] = {
    POSTS.key: frozenset({"slug", "embargo", "featured"}) | _LATER | _RELEASE,
    PRESS.key: frozenset({"slug", "featured"}) | _LATER,
    TOOLKITS.key: frozenset({"slug", "embargo"}) | _LATER | _RELEASE,
}

_EMPTY = {"text": "", "moment": "", "names": [], "areas": [], "flag": False}


@dataclass(frozen=True)
class NewItem:
    """A file `newsroom new` is about to write: its place, its text and the item the build will read."""

    source: str
    """The file, relative to the repository root."""
    text: str
    item: Item


class NoSlug(ValueError):
    """No usable slug for a new item; the message says what to give with --slug."""


@dataclass(frozen=True)
class ChosenSlug:
    slug: str
    shortened: bool
    """True when a long title's slug was cut to its first words."""


def choose_slug(title: str, given: str | None = None) -> ChosenSlug:
    """The slug of a new item: `given` (the `--slug` option) made a slug, else the title's, cut to SLUG_LENGTH.

    Raises NoSlug when `given` is refused by the build's slug rule (`slugs.item_slug_problem`), or when
    the title is not in Latin letters (its transliteration is only suggested) or has nothing to slug.
    """
    example = "--slug rent-relief-passes"
    if given is not None:
        if foreign_letters(given) or not slugify(given):
            suggestion = shorten(slugify(given)) if slugify(given) else "rent-relief-passes"
            raise NoSlug(f"--slug '{given}': a web address is written in Latin letters, digits and hyphens, "
                         f"e.g. --slug {suggestion}")
        if len(slug := slugify(given)) > MAX_SLUG_LENGTH:
            raise NoSlug(f"--slug is {len(slug)} characters long, and at most {MAX_SLUG_LENGTH} work everywhere: "
                         f"give a shorter one, e.g. --slug {shorten(slug)}")
        return ChosenSlug(slug, False)
    if foreign_letters(title):
        transliterated = shorten(slugify(title))
        suggestion = f"--slug {transliterated} (the title transliterated) or " if transliterated else ""
        raise NoSlug(f"the title '{title}' is not written in Latin letters, and a web address must be: "
                     f"run the command again with {suggestion}a few words of the title in English, e.g. {example}")
    if not (slug := slugify(title)):
        raise NoSlug(f"the title '{title}' has no letters or digits to make a web address from: "
                     f"give the address with --slug, e.g. {example}")
    short = shorten(slug)
    return ChosenSlug(short, short != slug)


def item_file(section: Section, slug: str, moment: datetime) -> str:
    """Where a new item goes, relative to the repository: `press/2026/2026-05-05-<slug>.md`."""
    if section.dated_urls:
        # Filed by year and named by day, so a folder lists in publication order;
        # the date prefix is not part of the slug, so the URL stays `<yyyy>/<mm>/<slug>/`.
        return f"{section.key}/{moment:%Y}/{moment:%Y-%m-%d}-{slug}.md"
    return f"{section.key}/{slug}.md"


def front_matter(section: Section, title: str, moment: datetime, issues: list[str], partners: list[str],
                 office: PressOffice = PressOffice()) -> dict[str, object]:
    """Every field an author of this section may want, in schema order, filled or left empty.

    `draft` is true: a new item stays off the site until its author deletes that line. A press
    release names the press office as its contact.
    """
    given: dict[str, object] = {"title": title, "date": written_date(moment), "issues": issues, "partners": partners,
                                "draft": True}
    if section is PRESS and office.contact:
        given["contacts"] = [office.contact]
    return {
        spec.name: given.get(spec.name, _EMPTY[spec.kind])
        for spec in ITEM_FIELDS.values()
        if spec.name in given or spec.name not in _LEFT_OUT[section.key]
    }


def written_date(moment: datetime) -> date | str:
    """The date as an author would write it, in the site's time zone and without an offset."""
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date()
    return f"{moment:%Y-%m-%d %H:%M:%S}" if moment.second else f"{moment:%Y-%m-%d %H:%M}"


def body(section: Section) -> str:
    """The Markdown a new item of `section` starts with."""
    if section is PRESS:
        return _PRESS_BODY.format(organisation=ORGANISATION)
    return _POST_BODY if section is POSTS else _TOOLKIT_BODY


def item_text(section: Section, title: str, moment: datetime, issues: list[str], partners: list[str],
              office: PressOffice = PressOffice()) -> str:
    """The whole file: front matter dumped by YAML itself (so any title is quoted right), then the body."""
    fields = yaml.safe_dump(front_matter(section, title, moment, issues, partners, office),
                            sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{fields}---\n\n{body(section)}"


def new_item(section: Section, title: str, moment: datetime, issues: list[str], partners: list[str],
             settings: Settings, office: PressOffice = PressOffice(), *, slug: str) -> NewItem:
    """The file for a new item named by `slug` (see `title_slug`), checked by the build's reader.

    Raises ProblemsFound as the build would.
    """
    source = item_file(section, slug, moment)
    text = item_text(section, title, moment, issues, partners, office)
    return NewItem(source, text, _read_as_the_build_would(text, source, section, settings))


def _read_as_the_build_would(text: str, source: str, section: Section, settings: Settings) -> Item:
    # read_item reads a file: give it one at the same relative path (the slug comes from
    # the file name) in a scratch folder, so nothing lands in the repository until it is valid.
    with tempfile.TemporaryDirectory(prefix="newsroom-new-") as scratch:
        path = Path(scratch) / source
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
        return read_item(path, source, section, settings)


# ---------------------------------------------------------------------------
# Bodies. HTML comments guide the author and never show on the page; the
# visible placeholder text is there to be replaced before the pull request.

_POST_BODY = """\
<!-- The first paragraph is the summary in listings, feeds and social cards unless you fill in summary: above. -->

Start with the point of the post in two or three sentences: what happened, why it matters to local officials.

## A heading for the first part

The body of the post goes here. Link to your sources, e.g. [the ordinance](https://example.org/ordinance).

## What local officials can do

- A concrete step a local official can take.
- Another step, with a link to a model policy.
"""

_PRESS_BODY = """\
<!-- Write the place in dateline: above (e.g. WASHINGTON, DC): the site prints it in capitals, with the date,
     before this first paragraph. It also adds FOR IMMEDIATE RELEASE, the contacts of contacts: above, the end
     mark ### and the paragraph about the network from data/media.yml: do not paste them here. -->

The {organisation} today announced ...

> "A quote from a member or partner, in their own words."
>
> — Council Member Name, City, State

## What happens next

Details, figures and what the Network is calling for.
"""

_TOOLKIT_BODY = """\
<!-- A toolkit with chapters is a folder instead: toolkits/<slug>/index.md (this text) plus one .md file per
     chapter beside it (01-the-problem.md, 02-model-ordinance.md, ...), each starting with a title: field. -->

What this toolkit helps local officials do, for whom, and what they will find in it.

## Who this toolkit is for

Council members, county commissioners, their staff ...

## Recommendations

1. The first thing a council should do.
2. The second thing a council should do.

## Resources

- [A model ordinance](https://example.org/model-ordinance)
"""

PLACEHOLDERS: tuple[str, ...] = (
    # Posts
    "Start with the point of the post in two or three sentences",
    "A heading for the first part",
    "The body of the post goes here.",
    "A concrete step a local official can take.",
    "Another step, with a link to a model policy.",
    "https://example.org/ordinance",
    # Press releases
    "today announced ...",
    "A quote from a member or partner, in their own words.",
    "Council Member Name, City, State",
    "Details, figures and what the Network is calling for.",
    # Toolkits
    "What this toolkit helps local officials do, for whom, and what they will find in it.",
    "Council members, county commissioners, their staff ...",
    "The first thing a council should do.",
    "The second thing a council should do.",
    "https://example.org/model-ordinance",
)
EARLIER_PLACEHOLDERS: tuple[str, ...] = ("CITY, STATE —",)
"""Placeholders of earlier versions of `newsroom new`, refused as well: press releases started before
the dateline became the `dateline:` field carry a dateline to replace in their text."""
"""The visible text of the bodies above that is only there to be replaced, as a reader would see it
(Markdown rendered), or a link's address: a published item showing any of it is refused by the build
and `newsroom check` (`unfinished.py`). Keep it in step with the bodies (tests/test_unfinished.py)."""
