"""The press kit: the logos and photos under `docs/`, a fact sheet and the boilerplate, and one zip of them all.

`data/media.yml` names the folder (`press_kit:`); the fact sheet and the boilerplate are written
from the same file, so the kit never carries an older text than the media page. The zip's bytes
depend only on the files' names, contents and the kit's `updated:` day, never on the machine,
the clone or the clock: two builds of the same content give the same zip.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin

from .dates import long_date
from .problems import Problem
from .sections import PRESS

if TYPE_CHECKING:
    from .media import MediaKit

ZIP_PATH = "media/press-kit.zip"
"""Where the press kit's zip is written in the built site."""
FACT_SHEET = "fact-sheet.txt"
BOILERPLATE = "boilerplate.txt"
UNDATED = date(1980, 1, 1)
"""The earliest date a zip can carry: what the files get while `data/media.yml` has no `updated:`."""

_FORMATS = {
    ".svg": "SVG", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP",
    ".tif": "TIFF", ".tiff": "TIFF", ".eps": "EPS", ".ai": "Adobe Illustrator", ".pdf": "PDF",
    ".docx": "Word", ".txt": "Text", ".zip": "ZIP",
}


@dataclass(frozen=True)
class PressKitFile:
    name: str
    """The file's path inside the press kit folder: `logo.svg`."""
    path: str
    """The file's URL path relative to the site root: `press-kit/logo.svg`."""
    format: str
    """What a journalist calls the format: `SVG`, `PNG`, `JPEG`, `PDF`, `Text`."""
    size: int
    """In bytes."""
    source: Path | None = None
    """The file under docs/; None for a file the site writes itself (`data`)."""
    data: bytes = b""
    """The content of a file the site writes itself from `data/media.yml`."""

    @property
    def url(self) -> str:
        return quote(self.path)

    @property
    def human_size(self) -> str:
        return human_size(self.size)

    @property
    def generated(self) -> bool:
        return self.source is None

    def read_bytes(self) -> bytes:
        return self.source.read_bytes() if self.source is not None else self.data


@dataclass(frozen=True)
class PressKit:
    folder: str
    """The folder under docs/ that holds it: `press-kit`."""
    files: tuple[PressKitFile, ...]
    """Sorted by name: the folder's files and the ones the site writes."""
    updated: date = UNDATED
    """The day the kit last changed, from `data/media.yml`: the date of every file in the zip."""
    zip_path: str = ZIP_PATH

    @property
    def total_size(self) -> str:
        return human_size(sum(file.size for file in self.files))

    @property
    def generated_files(self) -> tuple[PressKitFile, ...]:
        """The files the build writes beside the folder's own (MkDocs copies those)."""
        return tuple(file for file in self.files if file.generated)

    def zip_bytes(self) -> bytes:
        """Every file under one folder named like the kit's, as a reproducible zip dated `updated`."""
        top = PurePosixPath(self.folder).name
        return deterministic_zip(((f"{top}/{file.name}", file.read_bytes()) for file in self.files), self.updated)

    def write_zip(self, site_dir: Path) -> Path:
        destination = site_dir / self.zip_path
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(self.zip_bytes())
        return destination

    def with_documents(self, documents: Sequence[tuple[str, str]], updated: date | None,
                       media_file: str, line: int) -> tuple[PressKit, list[Problem]]:
        """The kit with the site's own `(name, text)` documents added, dated `updated` (None: undated).

        A file of the folder with a document's name is a problem: the site would overwrite it.
        """
        taken = {file.name for file in self.files}
        problems = [Problem(media_file, line, "press_kit", f"the folder {self.folder} has a file {name}, the name of "
                                                          "the file the site writes from data/media.yml: rename "
                                                          "the folder's file")
                    for name, _ in documents if name in taken]
        added = tuple(_document(self.folder, name, text) for name, text in documents if name not in taken)
        files = tuple(sorted(self.files + added, key=lambda file: file.name))
        return replace(self, files=files, updated=updated or UNDATED), problems


def _document(folder: str, name: str, text: str) -> PressKitFile:
    data = text.encode("utf-8")
    return PressKitFile(name, f"{folder}/{name}", _FORMATS[PurePosixPath(name).suffix], len(data), data=data)


def read_press_kit(folder: str, root: Path, docs_dir: Path, media_file: str,
                   line: int) -> tuple[PressKit | None, list[Problem]]:
    """The files of the folder `folder` under `docs_dir` (hidden files and Markdown left out), sorted by name."""
    docs = _shown_path(docs_dir, root)

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(media_file, line, "press_kit", message)]

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
            format=_FORMATS.get(path.suffix.lower(), path.suffix.lstrip(".").upper() or "File"),
            size=path.stat().st_size,
            source=path,
        )
        for path in sorted(directory.rglob("*"), key=lambda p: p.relative_to(directory).as_posix())
        if path.is_file() and path.suffix.lower() != ".md"
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    )
    if not files:
        return fail(f"the folder {docs}/{written} has no files: put the logos and photos the press may use in it")
    return PressKit(str(written), files), []


# ---------------------------------------------------------------------------
# The documents written from data/media.yml: plain text, which every computer opens and
# every editor pastes from, wrapped to print on one page.

_WIDTH = 78


@dataclass(frozen=True)
class FactSheet:
    """What the fact sheet says; each person is `(name, role, how to reach them or what they speak on)`."""

    organisation: str
    website: str
    boilerplate: tuple[str, ...]
    """Paragraphs."""
    facts: tuple[tuple[str, str], ...]
    contacts: tuple[tuple[str, str, str], ...]
    spokespeople: tuple[tuple[str, str, str], ...]
    updated: date | None

    @classmethod
    def of(cls, kit: MediaKit, organisation: str, website: str, updated: date | None) -> FactSheet:
        """What the fact sheet and the boilerplate say, from data/media.yml and the site's name and address."""
        return cls(
            organisation=organisation or "network", website=website, boilerplate=kit.boilerplate_paragraphs,
            facts=kit.facts,
            contacts=tuple((c.name, c.role, ", ".join(filter(None, (c.email, c.phone)))) for c in kit.contacts),
            spokespeople=tuple((p.name, p.role, "Speaks on " + ", ".join(a.name for a in p.issues))
                               for p in kit.spokespeople),
            updated=updated,
        )

    def documents(self) -> tuple[tuple[str, str], ...]:
        """`(file name, text)` of the fact sheet and the boilerplate."""
        return (FACT_SHEET, self.fact_sheet_text()), (BOILERPLATE, self.boilerplate_text())

    def boilerplate_text(self) -> str:
        heading = f"About the {self.organisation}"
        return "\n\n".join([heading, *(_wrap(paragraph) for paragraph in self.boilerplate)]) + "\n"

    def fact_sheet_text(self) -> str:
        title = f"{self.organisation}: fact sheet"
        parts = [f"{title}\n{'=' * len(title)}"]
        if self.updated:
            parts.append(f"Updated {long_date(self.updated)}")
        parts += [_wrap(paragraph) for paragraph in self.boilerplate]
        facts = [*self.facts, *((("Website", self.website), ("Press releases", urljoin(self.website, f"{PRESS.url}/")))
                                if self.website else ())]
        if facts:
            parts.append(_section("Facts", [_wrap(f"{label}: {text}", "* ", "  ") for label, text in facts]))
        for heading, people in (("Press contacts", self.contacts), ("Spokespeople", self.spokespeople)):
            if people:
                parts.append(_section(heading, [_wrap(f"{name}, {role}" if role else name, "* ", "  ")
                                                + (f"\n{_wrap(detail, '  ', '  ')}" if detail else "")
                                                for name, role, detail in people]))
        return "\n\n".join(parts) + "\n"


def _section(heading: str, entries: Iterable[str]) -> str:
    return "\n".join([heading, "-" * len(heading), *entries])


def _wrap(text: str, first: str = "", indent: str = "") -> str:
    return textwrap.fill(" ".join(text.split()), _WIDTH, initial_indent=first, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


# ---------------------------------------------------------------------------


def deterministic_zip(members: Iterable[tuple[str, bytes]], day: date = UNDATED) -> bytes:
    """A zip of `(name, content)` pairs, sorted by name, every file dated `day` at noon, fixed permissions.

    The same names, contents and day give the same bytes on every machine and every build.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in sorted(members):
            # Noon: a zip's dates carry no time zone; a tool that shifts them by one still shows the same day.
            moment = (day.year, day.month, day.day, 0 if day == UNDATED else 12, 0, 0)
            info = zipfile.ZipInfo(name, date_time=moment)
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


def _shown_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
