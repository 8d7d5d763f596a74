"""The `newsroom` command for comms staff: start an item, check all content, see what goes live next.

    newsroom new press "Title" --issue "Affordable Housing"
    newsroom check
    newsroom schedule

Every rule is the build's own (`content`, `catalog`, `settings`): the command only reads,
reports and writes files, and never builds the site.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from .catalog import read_all
from .cli_check import check_content
from .cli_new import clock, run_new
from .content import Item
from .dates import NOW_VARIABLE, parse_moment
from .problems import CommandError, ProblemsFound
from .scaffold import KINDS
from .settings import SETTINGS_FILE, Settings, load_settings
from .siteconfig import CONFIG_FILE
from .slugs import SLUG_LENGTH

NOTHING_NEW = 3
"""Exit status of `newsroom schedule --since` when nothing became public since then."""

__all__ = ["CommandError", "main", "build_parser", "find_root"]

# ---------------------------------------------------------------------------
# The command line


def main(argv: Sequence[str] | None = None) -> int:
    """Run `newsroom` with `argv` (the process's arguments when None); returns the exit status.

    0: done, or nothing wrong; 1: problems found or nothing written; 2: a mistyped command;
    3 (`NOTHING_NEW`): `schedule --since` found nothing that became public since then.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        root = find_root(getattr(args, "root", None))
        return args.run(args, root, _settings(root))
    except CommandError as error:
        print(f"newsroom {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"newsroom {args.command}: stopped", file=sys.stderr)
        return 130
    except OSError as error:
        # A file the command could not read or write: say which and why, in one line.
        where = f" {error.filename}" if error.filename else ""
        print(f"newsroom {args.command}: could not use{where}: {error.strerror or error}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - the last guard: authors get a sentence, never a traceback
        print(f"newsroom {args.command}: stopped by an unexpected error ({type(error).__name__}: {error}). "
              "Nothing else was changed; please report this, with the command you ran.", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    """The parser of `newsroom` and its three commands, with their help and examples."""
    root_option = argparse.ArgumentParser(add_help=False)
    # SUPPRESS, as the option is shared by `newsroom` and its commands: a default would let
    # the command's parser undo the `X` of `newsroom --root X check`.
    root_option.add_argument("--root", type=Path, default=argparse.SUPPRESS, metavar="FOLDER",
                             help=f"the website's repository (default: the nearest folder with {CONFIG_FILE}, "
                                  "from the current folder upwards)")
    parser = argparse.ArgumentParser(
        prog="newsroom", parents=[root_option], formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write and check the website's posts, press releases and toolkits.",
        epilog=_examples(
            'newsroom new post "Five lessons from participatory budgeting" --issue Democracy',
            "newsroom check",
            "newsroom schedule",
            "Each command has its own help: newsroom new --help",
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{new,check,schedule}")
    _add_new(commands, root_option)
    _add_check(commands, root_option)
    _add_schedule(commands, root_option)
    return parser


def _add_new(commands: argparse._SubParsersAction, root_option: argparse.ArgumentParser) -> None:
    new = commands.add_parser(
        "new", parents=[root_option], formatter_class=argparse.RawDescriptionHelpFormatter,
        help="start a post, press release or toolkit with complete front matter",
        description=_describe(
            "Create a new item's file in its section folder, as a draft with complete front matter and a "
            "body to fill in, and print its path and web address. An existing file is never overwritten."
        ),
        epilog=_examples(
            'newsroom new post "Why tenant right to counsel works" --issue "Affordable Housing"',
            'newsroom new press "Mayors back a heat standard" --issue Climate --issue "Workers\' Rights" \\\n'
            '      --partner "Green Jobs Alliance" --date "2026-06-02 09:00"',
            'newsroom new toolkit "Fair local elections" --issue Democracy',
            'newsroom new press "住房是人权" --issue "Affordable Housing" --slug housing-is-a-human-right',
            "Posts go to posts/<yyyy>/<yyyy-mm-dd>-<slug>.md, press releases to press/<yyyy>/<yyyy-mm-dd>-<slug>.md,",
            "toolkits to toolkits/<slug>.md; the slug is --slug, or made from the title. The new item is a",
            "draft (draft: true): delete that line when it is ready to publish.",
        ),
    )
    new.add_argument("kind", choices=list(KINDS), help="what to start: post, press (a press release) or toolkit")
    new.add_argument("title", help="the headline, in quotes")
    new.add_argument("--issue", action="append", default=[], metavar="NAME",
                     help="an issue area from newsroom.yml (repeat for several; at least one)")
    new.add_argument("--partner", action="append", default=[], metavar="NAME",
                     help="a partner organisation (repeat for several)")
    new.add_argument("--date", metavar="WHEN",
                     help=f"publication date, e.g. 2026-06-02 or '2026-06-02 09:00' "
                          f"(default: now, or {NOW_VARIABLE} when set)")
    new.add_argument("--slug", metavar="WORDS",
                     help="the last part of the web address, in Latin letters, e.g. housing-is-a-human-right "
                          f"(default: the title's first words, up to {SLUG_LENGTH} characters; needed for a "
                          "title in another script)")
    new.set_defaults(run=run_new)


def _add_check(commands: argparse._SubParsersAction, root_option: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check", parents=[root_option], formatter_class=argparse.RawDescriptionHelpFormatter,
        help="find every problem the build would find, without building",
        description=_describe(
            "Check the content with the build's own rules and list every problem at once, as "
            "path:line: field: message. Also finds two items with one web address (drafts and "
            "embargoed items included) and partner names spelt like another partner's (a warning). "
            "Exits with 1 if there is any problem."
        ),
        epilog=_examples(
            "newsroom check                      everything under posts/, press/ and toolkits/",
            "newsroom check press/2026           one folder",
            "newsroom check posts/2026/2026-05-27-school-boards.md toolkits/fair-local-elections.md",
        ),
    )
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to check (default: all)")
    check.set_defaults(run=run_check)


def _add_schedule(commands: argparse._SubParsersAction, root_option: argparse.ArgumentParser) -> None:
    schedule = commands.add_parser(
        "schedule", parents=[root_option], formatter_class=argparse.RawDescriptionHelpFormatter,
        help="print the next moment an embargoed or future-dated item becomes public",
        description=_describe(
            "Print the next moment (ISO 8601, with its UTC offset) at which an embargoed or future-dated "
            "item that is not a draft becomes public, and its file, so a rebuild can be scheduled then. "
            f"'Now' is the build's clock: the current time, or {NOW_VARIABLE} when set. "
            "With --since, first list what became public after that moment and up to now, and exit "
            f"with {NOTHING_NEW} if nothing did: the scheduled deploy rebuilds only when something did."
        ),
        epilog=_examples(
            "newsroom schedule",
            f'{NOW_VARIABLE}="2026-12-01 09:00" newsroom schedule     what comes after that moment',
            'newsroom schedule --since "2026-12-01T08:50:00Z"     what went public since the last deploy',
        ),
    )
    schedule.add_argument("--since", metavar="WHEN",
                          help="a moment such as the last deploy's clock, e.g. 2026-12-01T08:50:00Z: exit 0 if an "
                               f"item became public after it (up to now), {NOTHING_NEW} if none did")
    schedule.set_defaults(run=run_schedule)


def _describe(text: str) -> str:
    # The help keeps the examples' line breaks (RawDescriptionHelpFormatter), so prose is wrapped here.
    return textwrap.fill(text, width=78)


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def find_root(given: Path | None, start: Path | None = None) -> Path:
    """The repository: `given`, or the nearest folder holding mkdocs.yml from `start` (the current folder) up."""
    if given is not None:
        if not (given / CONFIG_FILE).is_file():
            raise CommandError(f"--root {given}: there is no {CONFIG_FILE} in that folder; "
                               "give the folder of the website's repository")
        return given.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise CommandError(f"no {CONFIG_FILE} in {here} or any folder above it: run newsroom inside the website's "
                       "repository, or give it with --root FOLDER")


def _settings(root: Path) -> Settings:
    try:
        return load_settings(root)
    except ProblemsFound as found:
        raise CommandError(f"{SETTINGS_FILE} needs fixing first:\n{found}") from None


# ---------------------------------------------------------------------------
# newsroom check


def run_check(args: argparse.Namespace, root: Path, settings: Settings) -> int:
    """Print every problem as `path:line: field: message`; 1 if any, else a one-line OK."""
    report = check_content(root, settings, args.paths)
    for problem in report.problems:
        print(problem)
    for warning in report.warnings:
        print(f"{warning.path}:{warning.line}: {warning.field}: warning: {warning.message}")
    checked = _count(report.items, "item") + (f" and {_count(report.chapters, 'chapter')}" if report.chapters else "")
    noted = f", {_count(len(report.warnings), 'warning')} above" if report.warnings else ""
    if report.problems:
        files = len({p.path for p in report.problems})
        print(f"newsroom check: {_count(len(report.problems), 'problem')} in {_count(files, 'file')} "
              f"({checked} checked{noted}): fix them and run newsroom check again", file=sys.stderr)
        return 1
    print(f"newsroom check: OK, {checked} checked, no problems{noted}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# ---------------------------------------------------------------------------
# newsroom schedule


def run_schedule(args: argparse.Namespace, root: Path, settings: Settings) -> int:
    """Print the next moment something becomes public, with its files; 0, or with --since see `NOTHING_NEW`."""
    now = clock(settings)
    since = _since(args.since, settings) if args.since else None
    items, problems = read_all(root, settings)
    status = 0
    if since is not None:
        went_public = published_between(items, since, now)
        if went_public:
            print(f"Public since {since.isoformat()} (rebuild the site):")
        else:
            print(f"Nothing became public between {since.isoformat()} and {now.isoformat()}.")
            status = NOTHING_NEW
        for item in went_public:
            print(f"  {item.published_at.isoformat()} {item.source} ({_reason(item)})")
    upcoming = next_publications(items, now)
    if not upcoming:
        print(f"Nothing is scheduled: no embargoed or future-dated item (drafts aside) becomes public after "
              f"{now.isoformat()}.")
    for item in upcoming:
        print(f"{item.published_at.isoformat()} {item.source} ({_reason(item)})")
    if problems:
        files = len({p.path for p in problems})
        print(f"newsroom schedule: {_count(files, 'file')} with problems left out: run newsroom check to see them",
              file=sys.stderr)
    return status


def _since(text: str, settings: Settings) -> datetime:
    try:
        return parse_moment(text, settings.timezone)
    except ValueError as error:
        raise CommandError(f"--since: {error}") from None


def _reason(item: Item) -> str:
    return "embargo" if item.embargo is not None and item.embargo >= item.date else "date"


def published_between(items: Sequence[Item], since: datetime, now: datetime) -> list[Item]:
    """The non-draft items whose publication time is after `since` and not after `now`, oldest first.

    These are what a site built at `since` lacks and a build at `now` shows (site contract:
    "Publication time is the later of date and embargo").
    """
    return sorted((item for item in items if not item.draft and since < item.published_at <= now),
                  key=lambda item: (item.published_at, item.source))


def next_publications(items: Sequence[Item], now: datetime) -> list[Item]:
    """The non-draft items that become public soonest after `now` (all of them, when several share the moment)."""
    waiting = [item for item in items if not item.draft and item.published_at > now]
    if not waiting:
        return []
    moment = min(item.published_at for item in waiting)
    return sorted((item for item in waiting if item.published_at == moment), key=lambda item: item.source)


if __name__ == "__main__":
    sys.exit(main())
