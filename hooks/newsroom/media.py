"""What the press office keeps in the repository: contacts, spokespeople, boilerplate, press kit, coverage.

`data/media.yml` and `data/in-the-news.yml` are read and validated like content: every problem names
the file, the entry, the field and the fix, and a bad entry is left out while the rest still builds.
The press kit is the folder of files under `docs/` that `data/media.yml` names, also offered as one zip
whose bytes depend only on the files' names and contents.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import yaml

from .problems import Problem, ProblemsFound
from .schema import Field, Record, Schema, read_record, read_records
from .settings import IssueArea, Settings
from .yamltext import Document, parse, read_text

MEDIA_FILE = "data/media.yml"
COVERAGE_FILE = "data/in-the-news.yml"
ZIP_PATH = "media/press-kit.zip"
"""Where the press kit's zip is written in the built site."""


# ---------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class Contact:
    """Someone journalists write to or call."""

    name: str
    role: str
    email: str
    phone: str
    """As written, for reading; empty when there is none."""

    @property
    def mailto(self) -> str:
        return f"mailto:{self.email}"

    @property
    def tel(self) -> str:
        """A `tel:` URI of the number's digits, with its `+` when it has one; empty without a phone."""
        if not self.phone:
            return ""
        digits = re.sub(r"\D", "", self.phone)
        return f"tel:+{digits}" if self.phone.startswith("+") else f"tel:{digits}"


@dataclass(frozen=True)
class Spokesperson:
    """Someone available for interviews on some issue areas."""

    name: str
    role: str
    issues: tuple[IssueArea, ...]


@dataclass(frozen=True)
class PressKitFile:
    name: str
    """The file's path inside the press kit folder: `logo.svg`."""
    path: str
    """The file's URL path relative to the site root: `press-kit/logo.svg`."""
    source: Path
    format: str
    """What a journalist calls the format: `SVG`, `PNG`, `JPEG`, `PDF`."""
    size: int
    """In bytes."""

    @property
    def url(self) -> str:
        return quote(self.path)

    @property
    def human_size(self) -> str:
        return human_size(self.size)


@dataclass(frozen=True)
class PressKit:
    folder: str
    """The folder under docs/ that holds it: `press-kit`."""
    files: tuple[PressKitFile, ...]
    """Sorted by name."""
    zip_path: str = ZIP_PATH

    @property
    def total_size(self) -> str:
        return human_size(sum(file.size for file in self.files))

    def zip_bytes(self) -> bytes:
        """Every file under one folder named like the kit's, as a reproducible zip."""
        top = PurePosixPath(self.folder).name
        return deterministic_zip((f"{top}/{file.name}", file.source.read_bytes()) for file in self.files)

    def write_zip(self, site_dir: Path) -> Path:
        destination = site_dir / self.zip_path
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(self.zip_bytes())
        return destination


@dataclass(frozen=True)
class MediaKit:
    """Everything `data/media.yml` says, validated."""

    contacts: tuple[Contact, ...]
    spokespeople: tuple[Spokesperson, ...]
    spokespeople_by_area: tuple[tuple[IssueArea, tuple[Spokesperson, ...]], ...]
    """Each issue area that has spokespeople, in the site's order of issue areas."""
    boilerplate: str
    response_times: str
    press_kit: PressKit | None

    @property
    def boilerplate_paragraphs(self) -> tuple[str, ...]:
        return _paragraphs(self.boilerplate)

    @property
    def response_times_paragraphs(self) -> tuple[str, ...]:
        return _paragraphs(self.response_times)


@dataclass(frozen=True)
class Coverage:
    """One article, broadcast or op-ed about the network in outside media."""

    outlet: str
    headline: str
    date: date
    url: str
    issues: tuple[IssueArea, ...]


@dataclass(frozen=True)
class MediaData:
    """The media kit and the coverage of one build, with every problem found in their files."""

    kit: MediaKit | None = None
    """None while `data/media.yml` does not exist."""
    coverage: tuple[Coverage, ...] = ()
    """Newest first."""
    problems: tuple[Problem, ...] = ()

    def write_press_kit(self, site_dir: Path) -> Path | None:
        """Write the press kit's zip into the built site, if there is a press kit."""
        if self.kit is None or self.kit.press_kit is None:
            return None
        return self.kit.press_kit.write_zip(site_dir)


def load_media(root: Path, docs_dir: Path, settings: Settings, today: date | None = None) -> MediaData:
    """Read both data files of the repository at `root`; a missing file means nothing listed yet.

    `today`, the build clock's day, refuses coverage dated in the future.
    """
    kit, kit_problems = read_media_kit(root, docs_dir, settings)
    coverage, coverage_problems = read_coverage(root, settings, today)
    return MediaData(kit, coverage, tuple(sorted(kit_problems + coverage_problems)))


# ---------------------------------------------------------------------------
# The schemas

CONTACT_SCHEMA = Schema.of(
    "a press contact",
    Field("name", "text", True, "Who answers.", "name: Alex Moreno"),
    Field("role", "text", False, "Their job.", "role: Communications Director"),
    Field("email", "email", True, "Where journalists write.", "email: press@municipaljustice.org"),
    Field("phone", "phone", False, "Where journalists call.", "phone: +1 202 555 0143"),
)
SPOKESPERSON_SCHEMA = Schema.of(
    "a spokesperson",
    Field("name", "text", True, "Who speaks.", "name: Maria Okafor"),
    Field("role", "text", True, "Their job.", "role: Executive Director"),
    Field("issues", "areas", True, "What they speak on.", "issues: [Democracy, Economic Justice]"),
)
MEDIA_SCHEMA = Schema.of(
    "the media page",
    Field("contacts", "records", True, "The press contacts.", "contacts: [{name: Alex Moreno, role: "
          "Communications Director, email: press@municipaljustice.org, phone: +1 202 555 0143}]", CONTACT_SCHEMA),
    Field("spokespeople", "records", False, "Who speaks on which issue areas.", "spokespeople: [{name: "
          "Maria Okafor, role: Executive Director, issues: [Democracy]}]", SPOKESPERSON_SCHEMA),
    Field("boilerplate", "text", True, "The paragraph about the network.",
          "boilerplate: The Municipal Justice Network is ..."),
    Field("response_times", "text", False, "When the press office answers.",
          "response_times: We answer within two hours on weekdays."),
    Field("press_kit", "text", False, "The folder under docs/ with logos and photos.", "press_kit: press-kit"),
)
COVERAGE_SCHEMA = Schema.of(
    "a coverage entry",
    Field("outlet", "text", True, "The newspaper, station or site.", "outlet: The Riverside Ledger"),
    Field("headline", "text", True, "The headline as published.",
          'headline: "Council members from 40 cities pledge rent relief"'),
    Field("date", "day", True, "The day it was published.", "date: 2025-03-14"),
    Field("url", "url", True, "Its address.", "url: https://www.riversideledger.com/news/2025/03/rent-relief-pledge"),
    Field("issues", "areas", False, "What it is about.", "issues: [Affordable Housing]"),
)
COVERAGE_LIST = Schema.of("the coverage", Field("entries", "records", False, "", "", COVERAGE_SCHEMA))


# ---------------------------------------------------------------------------
# Reading the files


def read_media_kit(root: Path, docs_dir: Path, settings: Settings) -> tuple[MediaKit | None, list[Problem]]:
    """`data/media.yml`, validated: the kit of every good entry, and a problem per bad one."""
    try:
        document = _read_data_file(root, MEDIA_FILE)
    except ProblemsFound as found:
        return None, list(found.problems)
    if document is None:
        return None, []
    if document.node is not None and not isinstance(document.node, yaml.MappingNode):
        return None, [Problem(MEDIA_FILE, 1, "file", "must be fields written as name: value, starting with "
                                                     "contacts:, spokespeople:, boilerplate: and press_kit:")]
    top = read_record(document, document.node, MEDIA_SCHEMA, context=settings)
    values, problems = top.values, top.problems
    press_kit = None
    if values["press_kit"]:
        press_kit, found = _read_press_kit(values["press_kit"], root, docs_dir, top.line_of("press_kit"))
        problems += found
    people = tuple(Spokesperson(**entry.values) for entry in values["spokespeople"] or ())
    by_area = tuple(
        (area, speaking) for area in settings.issue_areas
        if (speaking := tuple(person for person in people if area in person.issues))
    )
    contacts = tuple(Contact(**{k: v or "" for k, v in entry.values.items()}) for entry in values["contacts"] or ())
    kit = MediaKit(contacts, people, by_area, values["boilerplate"] or "", values["response_times"] or "", press_kit)
    return kit, problems


def read_coverage(root: Path, settings: Settings, today: date | None = None) -> tuple[tuple[Coverage, ...], list[Problem]]:
    """`data/in-the-news.yml`, validated: every good entry newest first, and a problem per bad one.

    An entry dated after `today` (the build's clock) is refused: coverage cannot come from the future.
    """
    try:
        document = _read_data_file(root, COVERAGE_FILE)
    except ProblemsFound as found:
        return (), list(found.problems)
    if document is None or document.node is None:
        return (), []
    if not isinstance(document.node, yaml.SequenceNode):
        return (), [Problem(COVERAGE_FILE, 1, "file", "must be a list of entries, each starting with a line "
                                                      "- outlet: followed by headline:, date:, url: and issues:")]
    holder = Record(document, None, COVERAGE_LIST, context=settings)
    entries = read_records(holder, COVERAGE_LIST.fields["entries"], document.node) or ()
    problems = holder.problems
    coverage: list[Coverage] = []
    first_with_url: dict[str, tuple[str, int]] = {}
    for entry in entries:
        values = {**entry.values, "issues": entry.values["issues"] or ()}
        if today is not None and values["date"] > today:
            entry.problem("date", f"'{values['date']}' is after today: coverage cannot be from the future, "
                                  "so check the year and the month")
            problems += entry.problems
            continue
        if values["url"] in first_with_url:
            earlier, line = first_with_url[values["url"]]
            entry.problem("url", f"is the same article as {earlier} (line {line}): keep only one of them")
            problems += entry.problems
            continue
        first_with_url[values["url"]] = (entry.label, entry.line_of(""))
        coverage.append(Coverage(**values))
    # Newest first; entries of one day keep the order of the file.
    return tuple(sorted(coverage, key=lambda entry: -entry.date.toordinal())), problems


def _read_data_file(root: Path, rel: str) -> Document | None:
    """The parsed data file, None if it does not exist; raises ProblemsFound if unreadable."""
    path = root / rel
    if not path.is_file():
        return None
    return parse(read_text(path, rel), rel, what="file")


# ---------------------------------------------------------------------------
# The press kit

_FORMATS = {
    ".svg": "SVG", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP",
    ".tif": "TIFF", ".tiff": "TIFF", ".eps": "EPS", ".ai": "Adobe Illustrator", ".pdf": "PDF",
    ".docx": "Word", ".txt": "Text", ".zip": "ZIP",
}


def _read_press_kit(folder: str, root: Path, docs_dir: Path, line: int) -> tuple[PressKit | None, list[Problem]]:
    docs = _shown_path(docs_dir, root)

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(MEDIA_FILE, line, "press_kit", message)]

    written = PurePosixPath(folder.replace("\\", "/").strip("/"))
    if written.is_absolute() or ".." in written.parts or not written.parts:
        return fail(f"'{folder}' must name a folder inside {docs}/, for example press_kit: press-kit")
    directory = docs_dir / written
    if not directory.is_dir():
        return fail(f"the folder {docs}/{written} does not exist: create it and put the logos and photos in it, "
                    "or correct the folder's name")
    files = tuple(
        PressKitFile(
            name=path.relative_to(directory).as_posix(),
            path=f"{written}/{path.relative_to(directory).as_posix()}",
            source=path,
            format=_FORMATS.get(path.suffix.lower(), path.suffix.lstrip(".").upper() or "File"),
            size=path.stat().st_size,
        )
        for path in sorted(directory.rglob("*"), key=lambda p: p.relative_to(directory).as_posix())
        if path.is_file() and path.suffix.lower() != ".md"
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    )
    if not files:
        return fail(f"the folder {docs}/{written} has no files: put the logos and photos the press may use in it")
    return PressKit(str(written), files), []


def deterministic_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of `(name, content)` pairs, sorted by name, with fixed dates and permissions.

    The same names and contents give the same bytes on every machine and every build.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever system builds it
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()


def human_size(size: int) -> str:
    """`830 bytes`, `12 KB`, `3.4 MB`: sizes as a file manager shows them."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    amount = float(size)
    for unit in ("KB", "MB", "GB"):
        amount /= 1024
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if amount >= 10 else f"{amount:.1f} {unit}"
    raise AssertionError("unreachable")


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip())


def _shown_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
