"""The one schema mechanism: front matter, `data/*.yml` and `newsroom.yml` are declared and read here.

A `Schema` lists `Field`s (name, kind, required, help, example), declared once where the thing
is defined (`fields.py`, `media.py`, `settings.py`). `read_record` reads one YAML mapping node
against a schema: each value is taken from the node as the author wrote it and interpreted by
its field's kind (`READERS`), and every problem names the file, the field's real line, the field
and the fix. A spreadsheet's rows are read by the same readers (`newsroom.tables` hands each cell
over as a quoted scalar node at its row and column). The messages authors see about values all
live in this module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from .dates import parse_moment
from .problems import Problem, did_you_mean
from .states import STATES, state_code
from .yamltext import Document, is_null, key_lines

Kind = Literal["text", "moment", "day", "flag", "names", "areas", "email", "phone", "url", "integer",
               "zone", "records", "keyed", "area", "state", "choice"]


@dataclass(frozen=True)
class Field:
    """One field authors may write, declared once and read by validation, the CLI and the guide."""

    name: str
    kind: Kind
    required: bool
    help: str
    """What the field means, in one sentence for authors."""
    example: str
    """A YAML line an author could copy."""
    schema: Schema | None = None
    """For `records` and `keyed` fields: the schema of each entry."""
    choices: tuple[str, ...] = ()
    """For `choice` fields: the values allowed, in their order (a scorecard's levels, lowest first)."""


@dataclass(frozen=True)
class Schema:
    """The fields of one kind of mapping, and how messages name it."""

    what: str
    """What one mapping is, for messages: `an item`, `a press contact`, `the settings`."""
    fields: Mapping[str, Field]
    noun: str = "field"
    """What its keys are called: `field`, `setting`."""

    @classmethod
    def of(cls, what: str, *fields: Field, noun: str = "field") -> Schema:
        return cls(what, {spec.name: spec for spec in fields}, noun)

    @property
    def label_field(self) -> str:
        """The field that names an entry of a list in messages: the first."""
        return next(iter(self.fields))


@dataclass
class Record:
    """One mapping read against its schema: the values, each key's line and every problem."""

    document: Document
    node: yaml.Node | None
    schema: Schema
    label: str | None = None
    """How messages name the entry, `entry 3 (The Riverside Ledger)`; None for a whole file's fields."""
    context: Any = None
    """What some kinds need: the site's settings (`areas`, `moment`)."""
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    """For a table's row: each field's 1-based column, so that problems name the cell."""

    def line_of(self, name: str) -> int:
        if name in self.lines:
            return self.lines[name]
        return self.document.line_of(self.node) if self.node is not None else self.document.first_line

    def problem(self, name: str, message: str, line: int | None = None) -> None:
        where = f"{name} of {self.label}" if self.label else name
        self.problems.append(Problem(self.document.rel, line or self.line_of(name), where, message,
                                     self.columns.get(name)))


def read_record(document: Document, node: yaml.Node | None, schema: Schema, *, label: str | None = None,
                context: Any = None) -> Record:
    """Read every field of `schema` from the mapping `node`; a missing or bad value reads as None.

    Problems: a key written twice, an unknown key (with the closest known one), a required
    field missing or empty, and whatever the field's kind refuses.
    """
    record = Record(document, node, schema, label, context)
    record.lines, twice = key_lines(document, node)
    for key, line, first in twice:
        record.problem(key, f"is written twice (first on line {first}): keep only one", line)
    nodes = {str(key.value): value for key, value in node.value} if isinstance(node, yaml.MappingNode) else {}
    for name in nodes:
        if name not in schema.fields:
            hint = did_you_mean(name, schema.fields) or f" The {schema.noun}s are: {', '.join(schema.fields)}."
            known = f"is not a {schema.noun} the site knows" if label is None \
                else f"is not a {schema.noun} of {schema.what}"
            record.problem(name, f"{known}.{hint}")
    read_fields(record, nodes)
    return record


def read_fields(record: Record, nodes: Mapping[str, yaml.Node | None]) -> Record:
    """Read each field of the record's schema from its value node in `nodes` into `record.values`.

    A field absent from `nodes`, or empty, reads as None; a required one is a problem saying
    what to write. Used for YAML mappings (`read_record`) and for a table's rows (`newsroom.tables`).
    """
    for spec in record.schema.fields.values():
        value_node = nodes.get(spec.name)
        value = None if is_null(value_node) else READERS[spec.kind](record, spec, value_node)
        if value in (None, "", ()) and spec.required and not _refused(record, spec):
            state = "is empty" if spec.name in nodes else "is missing"
            record.problem(spec.name, f"{state}: {record.schema.what} needs it, for example {spec.example}")
        record.values[spec.name] = value
    return record


def _refused(record: Record, spec: Field) -> bool:
    where = f"{spec.name} of {record.label}" if record.label else spec.name
    return any(problem.field == where for problem in record.problems)


def entry_label(kind: str, number: int, node: yaml.Node, label_field: str) -> str:
    """`entry 3 (The Riverside Ledger)`: how a problem names an entry, by position and by what it says."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == label_field and isinstance(value, yaml.ScalarNode) and value.value.strip():
                return f"{kind} {number} ({' '.join(value.value.split())})"
    return f"{kind} {number}"


# ---------------------------------------------------------------------------
# Readers by kind: each takes the value's node and returns the value, or None with a problem.


def _scalar(record: Record, spec: Field, node: yaml.Node, what: str = "text", in_list: bool = False) -> str | None:
    if not isinstance(node, yaml.ScalarNode):
        record.problem(spec.name, f"must be {what} on one line, not a list or fields, for example {spec.example}")
        return None
    comment = record.document.comment_after(node)
    if comment is not None:
        whole = f'"{node.value} {comment}"'
        example = f"- {whole}" if in_list else f"{spec.name}: {whole}"
        record.problem(spec.name, f"'{node.value} {comment}' is cut at ' #', which YAML reads as the start of "
                                  f"a comment: put the whole value in double quotes, for example {example}",
                       record.document.line_of(node))
        return None
    return node.value.strip()


def read_text(record: Record, spec: Field, node: yaml.Node) -> str | None:
    return _scalar(record, spec, node)


def read_moment(record: Record, spec: Field, node: yaml.Node) -> datetime | None:
    text = _scalar(record, spec, node, "a date")
    try:
        return parse_moment(text, record.context.timezone) if text else None
    except ValueError as error:
        record.problem(spec.name, str(error))
        return None


def read_day(record: Record, spec: Field, node: yaml.Node) -> date | None:
    text = _scalar(record, spec, node, "a date")
    if not text:
        return None
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        meant = _month_day_year(text)
        example = f"here {meant}" if meant else f"for example {spec.example}"
        record.problem(spec.name, f"'{text}' is not a date in the form the site reads: write it as "
                                  f"year-month-day, {example}")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        record.problem(spec.name, f"'{text}' is not a real date on the calendar: check the day and the month")
        return None


def _month_day_year(text: str) -> str | None:
    """`2025-03-14` for `3/14/2025`, the form US spreadsheets show dates in; None for anything else."""
    parts = text.split("/")
    if len(parts) != 3 or not all(part.isdigit() for part in parts) or len(parts[2]) != 4:
        return None
    try:
        return date(int(parts[2]), int(parts[0]), int(parts[1])).isoformat()
    except ValueError:
        return None


_TRUE, _FALSE = ("true", "True", "TRUE"), ("false", "False", "FALSE")


def read_flag(record: Record, spec: Field, node: yaml.Node) -> bool | None:
    """YAML 1.2's booleans only: `yes`, `on` and a quoted "true" are refused with the fix."""
    if isinstance(node, yaml.ScalarNode) and not node.style and node.value in _TRUE + _FALSE:
        return node.value in _TRUE
    written = node.value if isinstance(node, yaml.ScalarNode) else "a list"
    if isinstance(node, yaml.ScalarNode) and node.value.strip().lower() in ("true", "false"):
        fix = f"write {node.value.strip().lower()} without quotes"
    else:
        fix = f"write {spec.name}: true or {spec.name}: false"
    record.problem(spec.name, f"must be true or false, not '{written}': {fix}")
    return None


def read_names(record: Record, spec: Field, node: yaml.Node) -> tuple[str, ...] | None:
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    names: list[str] = []
    for item in nodes:
        if is_null(item) or not isinstance(item, yaml.ScalarNode):
            record.problem(spec.name, f"must be a list of names, for example {spec.example}")
            return None
        name = _scalar(record, spec, item, in_list=isinstance(node, yaml.SequenceNode))
        if name is None:
            return None
        if not name:
            record.problem(spec.name, f"must be a list of names, for example {spec.example}")
            return None
        names.append(" ".join(name.split()))
        # Each name's own line, for problems found later about one name (a partner spelt two ways).
        record.lines.setdefault(f"{spec.name}:{names[-1]}", record.document.line_of(item))
    return tuple(dict.fromkeys(names))


def read_areas(record: Record, spec: Field, node: yaml.Node) -> tuple[Any, ...] | None:
    names = read_names(record, spec, node)
    if names is None:
        return None
    settings = record.context
    areas: list[Any] = []
    for name in names:
        area = settings.issue_area(name)
        parts = [part.strip() for part in name.split(",")]
        if area is None and len(parts) > 1 and all(settings.issue_area(part) for part in parts):
            record.problem(spec.name, f"'{name}' is one piece of text, not a list: write the areas as a list, "
                                      f"for example {spec.name}: [{', '.join(parts)}]")
            return None
        if area is None:
            record.problem(spec.name, settings.unknown_area(name))
            return None
        if area not in areas:
            areas.append(area)
    return tuple(areas)


def read_email(record: Record, spec: Field, node: yaml.Node) -> str | None:
    text = _scalar(record, spec, node)
    local, _, domain = (text or "").partition("@")
    if text and not (local and "." in domain.strip(".") and not any(c.isspace() for c in text)):
        record.problem(spec.name, f"'{text}' is not an email address: write the address alone, for example "
                                  f"{spec.example}")
        return None
    return text or None


def read_phone(record: Record, spec: Field, node: yaml.Node) -> str | None:
    text = _scalar(record, spec, node)
    digits = sum(c.isdigit() for c in text or "")
    if text and not (all(c.isdigit() or c in " +().-" for c in text) and 7 <= digits <= 15
                                 and "+" not in text[1:]):
        record.problem(spec.name, f"'{text}' is not a phone number: write the digits with the country code, "
                                  f"for example {spec.example}")
        return None
    return text


def read_url(record: Record, spec: Field, node: yaml.Node) -> str | None:
    text = _scalar(record, spec, node)
    if text and not is_web_address(text):
        record.problem(spec.name, f"'{text}' is not a full web address: copy the address from the browser, "
                                  f"starting with https://, for example {spec.example}")
        return None
    return text or None


def read_integer(record: Record, spec: Field, node: yaml.Node) -> int | None:
    text = _scalar(record, spec, node)
    if text is None or not text.isdigit() or int(text) < 1:
        record.problem(spec.name, f"must be a whole number greater than 0, for example {spec.example}")
        return None
    return int(text)


def read_zone(record: Record, spec: Field, node: yaml.Node) -> ZoneInfo | None:
    text = _scalar(record, spec, node)
    try:
        return ZoneInfo(text) if text else None
    except (ZoneInfoNotFoundError, ValueError):
        record.problem(spec.name, f"'{text}' is not a time zone name such as America/New_York")
        return None


def read_records(record: Record, spec: Field, node: yaml.Node) -> tuple[Record, ...] | None:
    """A list of mappings, each read against `spec.schema`; an entry with problems is left out."""
    if not isinstance(node, yaml.SequenceNode):
        record.problem(spec.name, f"must be a list, each entry starting with a line -, for example {spec.example}")
        return None
    entries: list[Record] = []
    kind = spec.schema.what.split()[-1]
    for number, entry in enumerate(node.value, start=1):
        label = entry_label(kind, number, entry, spec.schema.label_field)
        if not isinstance(entry, yaml.MappingNode):
            first, *others = spec.schema.fields.values()
            record.problems.append(Problem(
                record.document.rel, record.document.line_of(entry), label,
                f"must be fields written as name: value: start it with - {first.example} and add "
                f"{', '.join(other.name for other in others)} on the lines below"))
            continue
        entries.append(read_record(record.document, entry, spec.schema, label=label, context=record.context))
    for entry in entries:
        record.problems += entry.problems
    return tuple(entry for entry in entries if not entry.problems)


def read_keyed(record: Record, spec: Field, node: yaml.Node) -> dict[str, Record] | None:
    """A mapping of short keys to entries, each read against `spec.schema` (`authors:` in newsroom.yml)."""
    if not isinstance(node, yaml.MappingNode):
        record.problem(spec.name, f"must map a short key to fields, for example {spec.example}")
        return None
    entries: dict[str, Record] = {}
    for key, value in node.value:
        entry = read_record(record.document, value, spec.schema, label=f"'{key.value}'", context=record.context)
        record.problems += entry.problems
        if not entry.problems:
            entries[str(key.value)] = entry
    return entries


def read_area(record: Record, spec: Field, node: yaml.Node) -> Any:
    """One issue area of the site's vocabulary (`record.context` is the settings), as in a spreadsheet's cell."""
    text = _scalar(record, spec, node)
    if not text:
        return None
    area = record.context.issue_area(text)
    if area is None:
        record.problem(spec.name, record.context.unknown_area(" ".join(text.split())))
    return area


def read_state(record: Record, spec: Field, node: yaml.Node) -> str | None:
    """A US state, DC or territory as its two-letter postal code; lowercase and a full name are read as meant."""
    text = _scalar(record, spec, node)
    if not text:
        return None
    code = state_code(text)
    if code is None:
        record.problem(spec.name, f"'{text}' is not a US state: write its two-letter postal code, "
                                  f"for example {spec.example}.{did_you_mean(text, STATES.values())}")
    return code


def read_choice(record: Record, spec: Field, node: yaml.Node) -> str | None:
    """One of `spec.choices`, as written there; case and spacing are read as meant ("in  place" is "In place")."""
    text = _scalar(record, spec, node)
    if not text:
        return None
    wanted = " ".join(text.split()).casefold()
    found = next((choice for choice in spec.choices if " ".join(choice.split()).casefold() == wanted), None)
    if found is None:
        levels = ", ".join(f"'{choice}'" for choice in spec.choices)
        record.problem(spec.name, f"'{text}' is not a level of the scale.{did_you_mean(text, spec.choices)} "
                                  f"Write one of {levels}")
    return found


READERS: dict[Kind, Callable[[Record, Field, yaml.Node], Any]] = {
    "text": read_text, "moment": read_moment, "day": read_day, "flag": read_flag, "names": read_names,
    "areas": read_areas, "email": read_email, "phone": read_phone, "url": read_url, "integer": read_integer,
    "zone": read_zone, "records": read_records, "keyed": read_keyed, "area": read_area, "state": read_state,
    "choice": read_choice,
}


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
