"""`newsroom new`: write a new item's file (a draft), or say why not; never overwrites, never a traceback.

The file itself comes from `scaffold`, checked by the build's own reader; this module picks its
slug and date from the options, refuses addresses already taken and writes it.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from .catalog import read_all
from .cli_check import partner_lookalikes
from .content import Item
from .dates import build_clock, parse_moment
from .media import read_media_kit
from .problems import CommandError, Problem, ProblemsFound
from .scaffold import KINDS, NewItem, NoSlug, PressOffice, choose_slug, new_item
from .sections import Section
from .settings import Settings
from .siteconfig import site_docs_dir, site_url

# Which option of `newsroom new` gives each field, to say what to change in a message.
_OPTION_OF = {"title": "the title", "date": "--date", "issues": "--issue", "partners": "--partner"}


def clock(settings: Settings) -> datetime:
    """The build's clock (`NEWSROOM_NOW` or now) in the site's time zone; a bad NEWSROOM_NOW is a CommandError."""
    try:
        return build_clock(settings.timezone)
    except ValueError as error:
        raise CommandError(f"{error} (unset it to use the current time)") from None


def run_new(args: argparse.Namespace, root: Path, settings: Settings) -> int:
    """Write a new item's file, or explain why not; never overwrites."""
    section = KINDS[args.kind]
    title = args.title.strip()
    try:
        chosen = choose_slug(title, args.slug)
    except NoSlug as refused:
        raise CommandError(str(refused)) from None
    if not args.issue:
        names = [area.name for area in settings.issue_areas]
        raise CommandError(f'give at least one issue area with --issue, e.g. --issue "{names[0]}". '
                           f"The issue areas are: {', '.join(names)}.")
    moment = _new_date(args.date, settings) if args.date else clock(settings).replace(second=0, microsecond=0)
    # Issue names are written as the vocabulary spells them; unknown ones go on to the
    # build's own check, which suggests the closest name.
    issues = [area.name if (area := settings.issue_area(name)) else name for name in args.issue]
    partners = list(dict.fromkeys(name.strip() for name in args.partner if name.strip()))
    planned = _planned(section, title, moment, issues, partners, settings, _press_office(root, settings), chosen.slug)
    existing, _ = read_all(root, settings)
    _refuse_taken(root, planned, existing)
    _write_new(root / planned.source, planned.text)
    print(f"Created {planned.source}")
    print(f"Its address: {site_url(root)}{planned.item.path}")
    if chosen.shortened:
        print("Note: the title is long, so the address keeps its first words; for another, delete the file and "
              "run the command again with --slug.")
    _say_when_public(planned.item, settings)
    for warning in partner_lookalikes([*existing, planned.item]):
        if warning.path == planned.source:
            print(f"Note: {warning.message}")
    print(f"Next: write the text, then run: newsroom check {planned.source}")
    return 0


def _new_date(text: str, settings: Settings) -> datetime:
    try:
        return parse_moment(text, settings.timezone)
    except ValueError as error:
        raise CommandError(f"--date: {error}") from None


def _planned(section: Section, title: str, moment: datetime, issues: list[str], partners: list[str],
             settings: Settings, office: PressOffice, slug: str) -> NewItem:
    try:
        return new_item(section, title, moment, issues, partners, settings, office, slug=slug)
    except ProblemsFound as found:
        source = found.problems[0].path
        reasons = "\n".join(f"  {p.field}: {p.message}" + _option_hint(p) for p in found.problems)
        raise CommandError(f"{source} was not created, because:\n{reasons}") from None


def _press_office(root: Path, settings: Settings) -> PressOffice:
    """The key of data/media.yml's first press contact, the press office; none without it."""
    # Mistakes in data/media.yml are the build's and newsroom check's to report; here
    # whatever is readable is used.
    kit, _ = read_media_kit(root, site_docs_dir(root), settings)
    office = kit.press_office if kit else None
    return PressOffice(office.key) if office else PressOffice()


def _option_hint(problem: Problem) -> str:
    option = _OPTION_OF.get(problem.field)
    return f" (change {option} and run the command again)" if option else ""


def _refuse_taken(root: Path, planned: NewItem, existing: list[Item]) -> None:
    if (root / planned.source).exists():
        raise CommandError(f"{planned.source} already exists, and newsroom new never overwrites a file: "
                           "open it to edit it, or give the new item a different title or --slug")
    owner = next((item for item in existing if item.path == planned.item.path), None)
    if owner is not None:
        raise CommandError(f"{planned.source} was not created: its address /{planned.item.path} already belongs "
                           f"to {owner.source}. Give the new item a different title or --slug")


def _write_new(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Mode "x": if another process created the file since the check, fail rather than overwrite.
    try:
        with path.open("x", encoding="utf-8") as file:
            file.write(text)
    except FileExistsError:
        raise CommandError(f"{path} already exists, and newsroom new never overwrites a file") from None


def _say_when_public(item: Item, settings: Settings) -> None:
    print("It is a draft (draft: true): only your preview shows it. Delete that line when it is ready to publish.")
    if item.published_at > clock(settings):
        print(f"It then becomes public at {item.published_at.isoformat()}, after it is merged and the site "
              "is rebuilt.")
