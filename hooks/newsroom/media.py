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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, urlsplit

import yaml

from .pages import InTheNewsPage, MediaPage
from .problems import Problem, ProblemsFound, did_you_mean
from .sections import PRESS
from .settings import IssueArea, Settings
from .yamlnodes import compose_reporting, item_nodes, key_lines, line_of, read_text, value_node

if TYPE_CHECKING:
    from .feeds import FeedLink
    from .listings import Listings

MEDIA_FILE = "data/media.yml"
COVERAGE_FILE = "data/in-the-news.yml"
ZIP_PATH = "media/press-kit.zip"
"""Where the press kit's zip is written in the built site."""
NEWEST_PRESS_RELEASES = 5


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

    def pages(self, listings: Listings, press_feeds: tuple[FeedLink, ...]) -> tuple[MediaPage, InTheNewsPage]:
        """The media page and In the News; the press releases come from the press listing."""
        press = next(listing for listing in listings.sections if listing.section is PRESS)
        in_the_news = InTheNewsPage(self.coverage)
        media = MediaPage(self.kit, press.items[:NEWEST_PRESS_RELEASES], press_feeds, in_the_news)
        return media, in_the_news

    def write_press_kit(self, site_dir: Path) -> Path | None:
        """Write the press kit's zip into the built site, if there is a press kit."""
        if self.kit is None or self.kit.press_kit is None:
            return None
        return self.kit.press_kit.write_zip(site_dir)


def load_media(root: Path, docs_dir: Path, settings: Settings) -> MediaData:
    """Read both data files of the repository at `root`; a missing file means nothing listed yet."""
    kit, kit_problems = read_media_kit(root, docs_dir, settings)
    coverage, coverage_problems = read_coverage(root, settings)
    return MediaData(kit, coverage, tuple(sorted(kit_problems + coverage_problems)))


# ---------------------------------------------------------------------------
# The schemas

Kind = Literal["text", "email", "phone", "url", "day", "areas", "list"]


@dataclass(frozen=True)
class DataField:
    name: str
    kind: Kind
    required: bool
    example: str
    """A YAML line the press office could copy."""


@dataclass(frozen=True)
class DataSchema:
    what: str
    """What an entry is, for messages: `a coverage entry`."""
    fields: dict[str, DataField]

    @property
    def label_field(self) -> str:
        """The field that names an entry in messages, with its position: the first."""
        return next(iter(self.fields))


def _schema(what: str, *fields: DataField) -> DataSchema:
    return DataSchema(what, {spec.name: spec for spec in fields})


MEDIA_SCHEMA = _schema(
    "the media page",
    DataField("contacts", "list", True, "contacts: [{name: Alex Moreno, role: Communications Director, "
                                        "email: press@municipaljustice.org, phone: +1 202 555 0143}]"),
    DataField("spokespeople", "list", False, "spokespeople: [{name: Maria Okafor, role: Executive Director, "
                                             "issues: [Democracy]}]"),
    DataField("boilerplate", "text", True, "boilerplate: The Municipal Justice Network is ..."),
    DataField("response_times", "text", False, "response_times: We answer within two hours on weekdays."),
    DataField("press_kit", "text", False, "press_kit: press-kit"),
)
CONTACT_SCHEMA = _schema(
    "a press contact",
    DataField("name", "text", True, "name: Alex Moreno"),
    DataField("role", "text", False, "role: Communications Director"),
    DataField("email", "email", True, "email: press@municipaljustice.org"),
    DataField("phone", "phone", False, "phone: +1 202 555 0143"),
)
SPOKESPERSON_SCHEMA = _schema(
    "a spokesperson",
    DataField("name", "text", True, "name: Maria Okafor"),
    DataField("role", "text", True, "role: Executive Director"),
    DataField("issues", "areas", True, "issues: [Democracy, Economic Justice]"),
)
COVERAGE_SCHEMA = _schema(
    "a coverage entry",
    DataField("outlet", "text", True, "outlet: The Riverside Ledger"),
    DataField("headline", "text", True, 'headline: "Council members from 40 cities pledge rent relief"'),
    DataField("date", "day", True, "date: 2025-03-14"),
    DataField("url", "url", True, "url: https://www.riversideledger.com/news/2025/03/rent-relief-pledge"),
    DataField("issues", "areas", False, "issues: [Affordable Housing]"),
)


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
    data, node = document
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [Problem(MEDIA_FILE, 1, "file", "must be fields written as name: value, starting with "
                                                     "contacts:, spokespeople:, boilerplate: and press_kit:")]
    top = _Entry(MEDIA_FILE, None, node, data, MEDIA_SCHEMA, settings)
    values = top.read()
    problems = top.problems

    contacts, found = _read_entries(MEDIA_FILE, "contact", item_nodes(value_node(node, "contacts")),
                                    values["contacts"], CONTACT_SCHEMA, settings)
    problems += found
    spokespeople, found = _read_entries(MEDIA_FILE, "spokesperson", item_nodes(value_node(node, "spokespeople")),
                                        values["spokespeople"], SPOKESPERSON_SCHEMA, settings)
    problems += found
    press_kit = None
    if values["press_kit"]:
        press_kit, found = _read_press_kit(values["press_kit"], root, docs_dir, top.line_of("press_kit"))
        problems += found
    people = tuple(Spokesperson(**values) for _, _, values in spokespeople)
    by_area = tuple(
        (area, speaking) for area in settings.issue_areas
        if (speaking := tuple(person for person in people if area in person.issues))
    )
    kit = MediaKit(tuple(Contact(**values) for _, _, values in contacts), people, by_area,
                   values["boilerplate"], values["response_times"], press_kit)
    return kit, problems


def read_coverage(root: Path, settings: Settings) -> tuple[tuple[Coverage, ...], list[Problem]]:
    """`data/in-the-news.yml`, validated: every good entry newest first, and a problem per bad one."""
    try:
        document = _read_data_file(root, COVERAGE_FILE)
    except ProblemsFound as found:
        return (), list(found.problems)
    if document is None:
        return (), []
    data, node = document
    if data is None:
        data = []
    if not isinstance(data, list):
        return (), [Problem(COVERAGE_FILE, 1, "file", "must be a list of entries, each starting with a line "
                                                      "- outlet: followed by headline:, date:, url: and issues:")]
    entries, problems = _read_entries(COVERAGE_FILE, "entry", item_nodes(node), data, COVERAGE_SCHEMA, settings)
    coverage: list[Coverage] = []
    first_with_url: dict[str, tuple[str, int]] = {}
    for label, entry_node, values in entries:
        if values["url"] in first_with_url:
            earlier, line = first_with_url[values["url"]]
            problems.append(Problem(COVERAGE_FILE, _line_of_key(entry_node, "url"), f"url of {label}",
                                    f"is the same article as {earlier} (line {line}): keep only one of them"))
            continue
        first_with_url[values["url"]] = (label, line_of(entry_node))
        coverage.append(Coverage(**values))
    # Newest first; entries of one day keep the order of the file.
    return tuple(sorted(coverage, key=lambda entry: -entry.date.toordinal())), problems


def _read_data_file(root: Path, rel: str) -> tuple[Any, yaml.Node | None] | None:
    """The data and node tree of a data file, None if it does not exist; raises ProblemsFound if unreadable."""
    path = root / rel
    if not path.is_file():
        return None
    return compose_reporting(read_text(path, rel), rel, "file")


def _read_entries(rel: str, kind: str, nodes: list[yaml.Node], entries: list, schema: DataSchema,
                  settings: Settings) -> tuple[list[tuple[str, yaml.Node, dict[str, Any]]], list[Problem]]:
    """Each good entry of a list as `(label, node, values)`, and every problem of the bad ones."""
    good: list[tuple[str, yaml.Node, dict[str, Any]]] = []
    problems: list[Problem] = []
    for number, (node, entry) in enumerate(zip(nodes, entries), start=1):
        label = _label(kind, number, entry, schema.label_field)
        values, found = _read_entry(rel, label, node, entry, schema, settings)
        problems += found
        if values is not None:
            good.append((label, node, values))
    return good, problems


def _read_entry(rel: str, label: str, node: yaml.Node, entry: Any, schema: DataSchema,
                settings: Settings) -> tuple[dict[str, Any] | None, list[Problem]]:
    """One entry of a list in a data file: its values, or None and its problems."""
    if not isinstance(entry, dict):
        first, *others = schema.fields.values()
        return None, [Problem(rel, line_of(node), label,
                              f"must be fields written as name: value: start it with - {first.example} "
                              f"and add {', '.join(spec.name for spec in others)} on the lines below")]
    reader = _Entry(rel, label, node, entry, schema, settings)
    values = reader.read()
    return (None if reader.problems else values), reader.problems


def _label(kind: str, number: int, entry: Any, label_field: str) -> str:
    """`entry 3 (The Riverside Ledger)`: how a problem names an entry, by position and by what it says."""
    name = entry.get(label_field) if isinstance(entry, dict) else None
    if isinstance(name, (str, int, float)) and not isinstance(name, bool) and str(name).strip():
        return f"{kind} {number} ({' '.join(str(name).split())})"
    return f"{kind} {number}"


def _line_of_key(node: yaml.Node, key: str) -> int:
    lines, _ = key_lines(node)
    return lines.get(key, line_of(node))


class _Entry:
    """One mapping of a data file read against its schema, collecting a problem per bad value."""

    def __init__(self, rel: str, label: str | None, node: yaml.Node | None, data: dict,
                 schema: DataSchema, settings: Settings) -> None:
        self.rel = rel
        self.label = label
        self.node = node
        self.data = {str(key): value for key, value in data.items()}
        self.schema = schema
        self.settings = settings
        self.lines, self.twice = key_lines(node)
        self.problems: list[Problem] = []

    def line_of(self, name: str) -> int:
        return self.lines.get(name, line_of(self.node) if self.node is not None else 1)

    def problem(self, name: str, message: str) -> None:
        where = f"{name} of {self.label}" if self.label else name
        self.problems.append(Problem(self.rel, self.line_of(name), where, message))

    def read(self) -> dict[str, Any]:
        """Every field of the schema, with an empty value where it is missing or bad."""
        for key, line, first in self.twice:
            self.problems.append(Problem(self.rel, line, f"{key} of {self.label}" if self.label else key,
                                         f"is written twice (first on line {first}): keep only one"))
        known = self.schema.fields
        for name in self.data:
            if name not in known:
                hint = did_you_mean(name, known) or f" The fields are: {', '.join(known)}."
                self.problem(name, f"is not a field of {self.schema.what}.{hint}")
        values: dict[str, Any] = {}
        for spec in known.values():
            value = self.data.get(spec.name)
            if value is None or value == [] or (isinstance(value, str) and not value.strip()):
                if spec.required:
                    state = "is empty" if spec.name in self.data else "is missing"
                    self.problem(spec.name, f"{state}: {self.schema.what} needs it, for example {spec.example}")
                value = None
            else:
                value = _READERS[spec.kind](self, spec, value)
            values[spec.name] = _EMPTY[spec.kind] if value is None else value
        return values

    def text(self, spec: DataField, value: Any) -> str | None:
        if isinstance(value, (dict, list)):
            self.problem(spec.name, f"must be text, not a list or fields, for example {spec.example}")
            return None
        return str(value).strip()

    def email(self, spec: DataField, value: Any) -> str | None:
        text = self.text(spec, value)
        if text is not None and not _EMAIL.match(text):
            self.problem(spec.name, f"'{text}' is not an email address: write the address alone, for example {spec.example}")
            return None
        return text

    def phone(self, spec: DataField, value: Any) -> str | None:
        text = self.text(spec, value)
        if text is not None and not (_PHONE.match(text) and 7 <= len(re.sub(r"\D", "", text)) <= 15):
            self.problem(spec.name, f"'{text}' is not a phone number: write the digits with the country code, "
                                    f"for example {spec.example}")
            return None
        return text

    def url(self, spec: DataField, value: Any) -> str | None:
        text = self.text(spec, value)
        if text is not None and not is_web_address(text):
            self.problem(spec.name, f"'{text}' is not a full web address: copy the article's address from the "
                                    f"browser, starting with https://, for example {spec.example}")
            return None
        return text

    def day(self, spec: DataField, value: Any) -> date | None:
        text = self.text(spec, value)
        if text is None:
            return None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            self.problem(spec.name, f"'{text}' is not a date in the form the site reads: write it as year-month-day, "
                                    f"for example {spec.example}")
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problem(spec.name, f"'{text}' is not a real date on the calendar: check the day and the month")
            return None

    def areas(self, spec: DataField, value: Any) -> tuple[IssueArea, ...] | None:
        names = value if isinstance(value, list) else [value]
        if any(isinstance(name, (dict, list)) or name is None or not str(name).strip() for name in names):
            self.problem(spec.name, f"must be a list of issue areas, for example {spec.example}")
            return None
        areas: list[IssueArea] = []
        unknown = False
        for name in dict.fromkeys(str(name).strip() for name in names):
            area = self.settings.issue_area(name)
            if area is None:
                self.problem(spec.name, self.settings.unknown_area(name))
                unknown = True
            elif area not in areas:
                areas.append(area)
        return None if unknown else tuple(areas)

    def list(self, spec: DataField, value: Any) -> list | None:
        if not isinstance(value, list):
            self.problem(spec.name, f"must be a list, each entry starting with a line -, for example {spec.example}")
            return None
        return value


_READERS: dict[Kind, Callable[[_Entry, DataField, Any], Any]] = {
    "text": _Entry.text, "email": _Entry.email, "phone": _Entry.phone, "url": _Entry.url,
    "day": _Entry.day, "areas": _Entry.areas, "list": _Entry.list,
}
_EMPTY: dict[Kind, Any] = {"text": "", "email": "", "phone": "", "url": "", "day": None, "areas": (), "list": []}
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]*$")


def is_web_address(text: str) -> bool:
    """Whether `text` is an absolute http or https URL with a host name, such as a reader's browser shows."""
    if any(char.isspace() for char in text):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and "." in host.strip(".")


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
