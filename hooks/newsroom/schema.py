"""The one schema mechanism: front matter, `data/*.yml` and `newsroom.yml` are declared and read here.

A `Schema` lists `Field`s (name, kind, required, help, example), declared once where the thing
is defined (`fields.py`, `media.py`, `settings.py`). `read_record` reads one YAML mapping node
against a schema: each value is taken from the node as the author wrote it and interpreted by
its field's kind (`READERS`), and every problem names the file, the field's real line, the field
and the fix. A spreadsheet's rows are read by the same readers (`newsroom.tables` hands each cell
over as a quoted scalar node at its row and column). The readers of single values, with the
messages authors see about them, are in `kinds.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from .kinds import LEAF_READERS
from .problems import Problem, did_you_mean
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
# Kinds made of entries: lists of records and keyed records.


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
    _, twice = key_lines(record.document, node)
    for key, line, first in twice:
        record.problem(spec.name, f"'{key}' is written twice (first on line {first}): keep one, or give the "
                                  "other a key of its own", line)
    for key, value in node.value:
        entry = read_record(record.document, value, spec.schema, label=f"'{key.value}'", context=record.context)
        record.problems += entry.problems
        if not entry.problems:
            entries[str(key.value)] = entry
    return entries


READERS: dict[Kind, Callable[[Record, Field, yaml.Node], Any]] = {
    **LEAF_READERS, "records": read_records, "keyed": read_keyed,
}
