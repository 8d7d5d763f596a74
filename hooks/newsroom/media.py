"""What the press office keeps in the repository: contacts, spokespeople, boilerplate, press kit, coverage.

`data/media.yml` and `data/in-the-news.yml` are read and validated like content: every problem names
the file, the entry, the field and the fix, and a bad entry is left out while the rest still builds.
Each press contact and spokesperson has a key (`key:`, or the name's slug) that releases name in
their `contacts:`. The press kit (`newsroom.presskit`) is the folder under `docs/` that `press_kit:`
names, plus a fact sheet and the boilerplate written from this file, also offered as one zip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import yaml

from .presskit import FactSheet, PressKit, read_press_kit
from .problems import Problem, ProblemsFound
from .schema import Field, Record, Schema, read_record, read_records
from .settings import IssueArea, Settings
from .siteconfig import mkdocs_config
from .slugs import slugify
from .yamltext import Document, parse, read_text

MEDIA_FILE = "data/media.yml"
COVERAGE_FILE = "data/in-the-news.yml"


# ---------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class Contact:
    """Someone journalists write to or call: a press contact, or a spokesperson with their own email or phone."""

    name: str
    role: str
    email: str
    phone: str
    """As written, for reading; empty when there is none."""
    key: str = ""
    """How a release names them in `contacts:`: `key:` in data/media.yml, else the name's slug (`jordan-ellis`)."""

    @property
    def mailto(self) -> str:
        return f"mailto:{self.email}" if self.email else ""

    @property
    def tel(self) -> str:
        """A `tel:` URI (RFC 3966) of the number's digits, with its `+` when it has one; empty without a phone."""
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
    key: str = ""
    """As for `Contact.key`."""
    email: str = ""
    phone: str = ""

    def as_contact(self) -> Contact:
        return Contact(self.name, self.role, self.email, self.phone, self.key)


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
    facts: tuple[tuple[str, str], ...] = ()
    """`(label, text)` for the fact sheet: `("Founded", "January 2024 ...")`."""

    @property
    def press_office(self) -> Contact | None:
        """The first press contact: every release's contact unless it names others."""
        return self.contacts[0] if self.contacts else None

    def people(self) -> dict[str, Contact]:
        """Everyone a release may name in `contacts:`, by key: press contacts, then spokespeople."""
        found = {person.key: person.as_contact() for person in self.spokespeople}
        return {**found, **{contact.key: contact for contact in self.contacts}}

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
        """Write the press kit's zip, and the files written from data/media.yml beside the folder's own
        (which MkDocs copies), into the built site, if there is a press kit."""
        if self.kit is None or self.kit.press_kit is None:
            return None
        for document in self.kit.press_kit.generated_files:
            (site_dir / document.path).parent.mkdir(parents=True, exist_ok=True)
            (site_dir / document.path).write_bytes(document.data)
        return self.kit.press_kit.write_zip(site_dir)


def load_media(root: Path, docs_dir: Path, settings: Settings, today: date | None = None) -> MediaData:
    """Read both data files of the repository at `root`; a missing file means nothing listed yet.

    `today`, the build clock's day, refuses coverage dated in the future.
    """
    kit, kit_problems = read_media_kit(root, docs_dir, settings, today)
    coverage, coverage_problems = read_coverage(root, settings, today)
    return MediaData(kit, coverage, tuple(sorted(kit_problems + coverage_problems)))


# ---------------------------------------------------------------------------
# The schemas

_KEY = Field("key", "text", False, "How a release names this person in contacts:; default: the name in lowercase "
                                  "with hyphens (jordan-ellis).", "key: jordan-ellis")
CONTACT_SCHEMA = Schema.of(
    "a press contact",
    Field("name", "text", True, "Who answers.", "name: Alex Moreno"),
    Field("role", "text", False, "Their job.", "role: Communications Director"),
    Field("email", "email", True, "Where journalists write.", "email: press@municipaljustice.org"),
    Field("phone", "phone", False, "Where journalists call.", "phone: +1 202 555 0143"),
    _KEY,
)
SPOKESPERSON_SCHEMA = Schema.of(
    "a spokesperson",
    Field("name", "text", True, "Who speaks.", "name: Maria Okafor"),
    Field("role", "text", True, "Their job.", "role: Executive Director"),
    Field("issues", "areas", True, "What they speak on.", "issues: [Democracy, Economic Justice]"),
    _KEY,
    Field("email", "email", False, "Their own address, for releases that name them as a contact.",
          "email: maria.okafor@municipaljustice.org"),
    Field("phone", "phone", False, "Their own number, for releases that name them as a contact.",
          "phone: +1 202 555 0190"),
)
FACT_SCHEMA = Schema.of(
    "a fact",
    Field("label", "text", True, "What the fact is about, a word or two.", "label: Founded"),
    Field("text", "text", True, "The fact, in one line.",
          'text: "January 2024, by more than 400 local elected officials from 31 states"'),
)
MEDIA_SCHEMA = Schema.of(
    "the media page",
    Field("contacts", "records", True, "The press contacts; the first is the press office, every release's "
          "default contact.", "contacts: [{name: Alex Moreno, role: Communications Director, email: "
          "press@municipaljustice.org, phone: +1 202 555 0143}]", CONTACT_SCHEMA),
    Field("spokespeople", "records", False, "Who speaks on which issue areas.", "spokespeople: [{name: "
          "Maria Okafor, role: Executive Director, issues: [Democracy]}]", SPOKESPERSON_SCHEMA),
    Field("boilerplate", "text", True, "The paragraph about the network, ending every press release.",
          "boilerplate: The Municipal Justice Network is ..."),
    Field("response_times", "text", False, "When the press office answers.",
          "response_times: We answer within two hours on weekdays."),
    Field("facts", "records", False, "Short facts for the press kit's fact sheet.",
          'facts: [{label: Founded, text: "January 2024"}]', FACT_SCHEMA),
    Field("press_kit", "text", False, "The folder under docs/ with logos and photos.", "press_kit: press-kit"),
    Field("updated", "day", False, "The day the press kit or this file last changed: the date its files carry "
          "in the press kit's zip.", "updated: 2026-11-02"),
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


def read_media_kit(root: Path, docs_dir: Path, settings: Settings,
                   today: date | None = None) -> tuple[MediaKit | None, list[Problem]]:
    """`data/media.yml`, validated: the kit of every good entry, and a problem per bad one.

    `today`, the build clock's day, refuses an `updated:` day in the future.
    """
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
    if today is not None and values["updated"] and values["updated"] > today:
        top.problem("updated", f"'{values['updated']}' is after today: write the day the press kit last changed")
        values["updated"] = None
    keyed = _keyed([*(values["contacts"] or ()), *(values["spokespeople"] or ())])
    problems += [problem for entry in keyed for problem in entry.problems]
    given = [({k: v or "" for k, v in entry.values.items()}, entry) for entry in keyed if not entry.problems]
    contacts = tuple(Contact(**fields) for fields, entry in given if entry.schema is CONTACT_SCHEMA)
    people = tuple(Spokesperson(**fields) for fields, entry in given if entry.schema is SPOKESPERSON_SCHEMA)
    by_area = tuple(
        (area, speaking) for area in settings.issue_areas
        if (speaking := tuple(person for person in people if area in person.issues))
    )
    facts = tuple((entry.values["label"], entry.values["text"]) for entry in values["facts"] or ())
    kit = MediaKit(contacts, people, by_area, values["boilerplate"] or "", values["response_times"] or "", None, facts)
    if values["press_kit"]:
        line = top.line_of("press_kit")
        press_kit, found = read_press_kit(values["press_kit"], root, docs_dir, MEDIA_FILE, line)
        problems += found
        if press_kit is not None:
            config = mkdocs_config(root)
            sheet = FactSheet.of(kit, str(config.get("site_name") or ""), str(config.get("site_url") or ""),
                                 values["updated"])
            press_kit, found = press_kit.with_documents(sheet.documents(), values["updated"], MEDIA_FILE, line)
            problems += found
            kit = replace(kit, press_kit=press_kit)
    return kit, problems


def _keyed(entries: list[Record]) -> list[Record]:
    """The entries of people, each given its key (as written, else the name's slug); a bad or taken key is the entry's problem.

    One key names one person, who may be both a press contact and a spokesperson.
    """
    owners: dict[str, Record] = {}
    for entry in entries:
        written = entry.values["key"]
        key = written or slugify(entry.values["name"])
        if written and written != slugify(written):
            entry.problem("key", f"'{written}' must be lowercase letters, digits and hyphens, for example "
                                 f"key: {slugify(written) or 'jordan-ellis'}")
            continue
        owner = owners.setdefault(key, entry)
        if owner is not entry and owner.values["name"] != entry.values["name"]:
            entry.problem("key" if written else "name", f"gives the key '{key}', which {owner.label} (line "
                                                        f"{owner.line_of('name')}) has: give one of them a key of "
                                                        f"its own, for example key: {key}-2")
            continue
        entry.values["key"] = key
    return entries


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


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip())
