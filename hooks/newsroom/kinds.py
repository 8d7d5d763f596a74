"""How each kind of value is read: one function per kind of `schema.Field`, and the messages authors see.

Each reader takes the `Record` being read, the field, and the value's YAML node as the author
wrote it (a spreadsheet's cell arrives as a quoted scalar node at its row and column); it returns
the value, or None after adding a problem that says how to write it. YAML 1.2's reading is kept
throughout: only `true`/`false` are booleans, and text is text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from .dates import parse_moment
from .problems import did_you_mean
from .states import STATES, state_code
from .yamltext import is_null

if TYPE_CHECKING:
    from .schema import Field, Record


def _scalar(record: Record, spec: Field, node: yaml.Node, what: str = "text", in_list: bool = False,
            notes_allowed: bool = False) -> str | None:
    """The text of a single value as written; None, with a problem, when YAML would change or cut it.

    `notes_allowed`: a ` # note` after the value is a comment, not part of it (a date cannot hold a #).
    """
    if not isinstance(node, yaml.ScalarNode):
        record.problem(spec.name, f"must be {what} on one line, not a list or fields, for example {spec.example}")
        return None
    written = record.document.written(node)
    quoted = f'"{written}"'
    example = f"- {quoted}" if in_list else f"{spec.name}: {quoted}"
    if written[:1] in "&!" and not node.style and (written[0] == "&" or not node.tag.startswith("tag:yaml.org")):
        record.problem(spec.name, f"'{written}' starts with {written[0]}, which YAML takes as a "
                                  f"{'label' if written[0] == '&' else 'type'} and drops from the text, leaving "
                                  f"'{node.value}': put the whole value in double quotes, for example {example}",
                       record.document.line_of(node))
        return None
    comment = record.document.comment_after(node)
    if comment is not None and not notes_allowed:
        whole = f'"{node.value} {comment}"'
        example = f"- {whole}" if in_list else f"{spec.name}: {whole}"
        record.problem(spec.name, f"'{node.value} {comment}' is cut at ' #', which YAML reads as the start of "
                                  f"a note: if the text after # belongs to the value, put the whole value in "
                                  f"double quotes, for example {example}; if it is a note, move it to a line "
                                  f"of its own starting with #", record.document.line_of(node))
        return None
    return node.value.strip()


def read_text(record: Record, spec: Field, node: yaml.Node) -> str | None:
    return _scalar(record, spec, node)


def read_moment(record: Record, spec: Field, node: yaml.Node) -> datetime | None:
    text = _scalar(record, spec, node, "a date", notes_allowed=True)
    try:
        return parse_moment(text, record.context.timezone) if text else None
    except ValueError as error:
        record.problem(spec.name, str(error))
        return None


def read_day(record: Record, spec: Field, node: yaml.Node) -> date | None:
    text = _scalar(record, spec, node, "a date", notes_allowed=True)
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
        why = ("holds spaces, which a web address cannot: copy the address again from the browser's address bar"
               if any(char.isspace() for char in text) and text.startswith(("https://", "http://"))
               else "is not a full web address: copy the address from the browser, starting with https://")
        record.problem(spec.name, f"'{text}' {why}, for example {spec.example}")
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


LEAF_READERS = {
    "text": read_text, "moment": read_moment, "day": read_day, "flag": read_flag, "names": read_names,
    "areas": read_areas, "email": read_email, "phone": read_phone, "url": read_url, "integer": read_integer,
    "zone": read_zone, "area": read_area, "state": read_state, "choice": read_choice,
}
"""The readers of single values, by kind; `schema.READERS` adds the kinds made of entries."""
