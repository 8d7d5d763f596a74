"""YAML read as authors wrote it: every value stays the text on the page, with the line it is on.

Front matter, `data/*.yml` and `newsroom.yml` are all read here. Nothing is constructed by
YAML 1.1's implicit typing (`No` is not False, `12:30` is not 750, `3.10` is not 3.1): the
schema (`newsroom.schema`) interprets each value's node by the field's kind. What YAML cannot
read becomes one `Problem` at the line at fault, with advice for the mistakes people make
when they paste from a word processor (tabs, curly quotes, a quote that never closes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import Problem, ProblemsFound

# libyaml's parser, where PyYAML was built with it, reads front matter several times faster:
# at thousands of items that is seconds of every build.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 forbids (§2.2), and DEL: what copying from Word or a PDF leaves behind."""

_KEY_OF_LINE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:")
_INVISIBLE_IN_KEY = re.compile("^\\s*(?:-\\s+)?[\\w\u200b-\u200d\u2060\ufeff-]*[\u200b-\u200d\u2060\ufeff][\\w\u200b-\u200d\u2060\ufeff-]*:")
_LINE_SEPARATOR = re.compile("[\u2028\u2029\x85]")
_NO_BREAK_AFTER_KEY = re.compile("^\\s*(?:-\\s+)?([A-Za-z_][\\w-]*):\u00a0")
_CURLY_QUOTES = "“”‘’„«»"


@dataclass(frozen=True)
class Document:
    """One YAML document of a file: its node tree and its lines, for line numbers and advice."""

    rel: str
    """The file, relative to the repository."""
    node: yaml.Node | None
    """The root node; None when the document is blank."""
    lines: tuple[str, ...]
    """The document's text, line by line, as in the file."""
    first_line: int = 1
    """The file's line number of the document's first line."""

    def line_of(self, node: yaml.Node) -> int:
        """The file's 1-based line where `node` starts."""
        return self.first_line + node.start_mark.line

    def written(self, node: yaml.ScalarNode) -> str:
        """A one-line value as it stands in the file, with what YAML took away (`!tag`, `&label`, quotes)."""
        start, end = node.start_mark, node.end_mark
        if start.line != end.line or start.line >= len(self.lines):
            return node.value
        return self.lines[start.line][start.column:end.column].strip()

    def comment_after(self, node: yaml.ScalarNode) -> str | None:
        """The text YAML dropped as a comment after an unquoted value on its line, e.g. `#12 Passes`.

        YAML reads ` #` as the start of a comment, so `title: Measure #12 Passes` is "Measure".
        """
        if node.style:
            return None
        line = node.end_mark.line
        rest = self.lines[line][node.end_mark.column:] if line < len(self.lines) else ""
        stripped = rest.strip()
        return stripped if stripped.startswith("#") and rest[:1].isspace() else None


def read_text(path: Path, rel: str) -> str:
    """A file's text without a byte-order mark and with Windows line ends made plain.

    Raises ProblemsFound naming `rel` if it is not UTF-8.
    """
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ProblemsFound([Problem(rel, 1, "file", "is not UTF-8 text: open it in your editor and save it "
                                                     "with the UTF-8 encoding")]) from None
    # Windows line ends, and the old Mac ones (a lone CR), are line ends as the author's editor showed them.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def control_characters(text: str, rel: str, first_line: int = 1, field_of=None) -> list[Problem]:
    """A problem for each line of `text` holding a character XML forbids (invisible control characters).

    Feeds are XML, so such a character cannot be published (XML 1.0, §2.2 Characters).
    `field_of(line)` names the field a line belongs to; default `text`.
    """
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        found = _FORBIDDEN.search(line)
        if found:
            char = found.group()
            name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "control character")
            problems.append(Problem(
                rel, number, field_of(number) if field_of else "text",
                f"holds an invisible character (U+{ord(char):04X}, {name.lower()}) that the site cannot "
                "publish, usually left by copying from Word or a PDF: delete it (retype the end of this line)",
            ))
    return problems


_CONTROL_NAMES = {"\x0b": "vertical tab", "\x0c": "form feed", "\x00": "null", "\x7f": "delete"}


def parse(text: str, rel: str, first_line: int = 1, what: str = "front matter") -> Document:
    """The node tree of `text`, one YAML document, whose first line is line `first_line` of `rel`.

    Raises ProblemsFound with one problem at the line at fault when YAML cannot read it,
    naming the field on that line (or `what`) and what to change.
    """
    lines = tuple(text.split("\n"))
    bad = control_characters(text, rel, first_line, lambda n: _key_at(lines, n - first_line) or what)
    bad += _pasted_spaces(lines, rel, first_line)
    if bad:
        raise ProblemsFound(bad)
    loader = _Loader(text)
    try:
        return Document(rel, loader.get_single_node(), lines, first_line)
    except yaml.YAMLError as error:
        raise ProblemsFound([_syntax_problem(error, lines, rel, first_line, what)]) from None
    finally:
        loader.dispose()


def _pasted_spaces(lines: tuple[str, ...], rel: str, first_line: int) -> list[Problem]:
    """Word's non-breaking space after a field's colon, and zero-width characters in a field's name.

    YAML takes neither for a space, so the line would silently stop being a field.
    """
    problems: list[Problem] = []
    for number, line in enumerate(lines, start=first_line):
        if found := _LINE_SEPARATOR.search(line):
            problems.append(Problem(rel, number, _key_at(lines, number - first_line) or "front matter",
                                    f"holds an invisible line break (U+{ord(found.group()):04X}, pasted from a web "
                                    "page or a PDF) that YAML reads as the end of the line: delete it "
                                    "(retype the end of this line)"))
        elif found := _NO_BREAK_AFTER_KEY.match(line):
            problems.append(Problem(rel, number, found.group(1), "a non-breaking space (pasted from Word or a web "
                                    "page) follows the colon, which YAML does not read as a space: delete it and "
                                    "type an ordinary space"))
        elif _INVISIBLE_IN_KEY.match(line):
            name = "".join(char for char in line.split(":", 1)[0] if char.isprintable()).strip(" -")
            problems.append(Problem(rel, number, name, "the field's name holds an invisible character (pasted "
                                    "with it): delete the name and type it again"))
    return problems


def _key_at(lines: tuple[str, ...], index: int) -> str | None:
    """The field a line belongs to: the key on it, or the nearest key above it at the margin."""
    for number, line in enumerate(reversed(lines[:index + 1])):
        found = _KEY_OF_LINE.match(line)
        if found and (number == 0 or not line.startswith((" ", "\t", "-"))):
            return found.group(1)
    return None


def _syntax_problem(error: yaml.YAMLError, lines: tuple[str, ...], rel: str, first_line: int,
                    what: str) -> Problem:
    mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or ""
    context = getattr(error, "context", None) or ""
    index = mark.line if mark is not None else 0
    if context_mark is not None and (("quoted scalar" in context and "end of stream" in problem)
                                     or "flow sequence" in context or "flow mapping" in context):
        index = context_mark.line
    index = min(index, max(len(lines) - 1, 0))
    line = lines[index] if lines else ""
    field = _key_at(lines, index) or what
    return Problem(rel, first_line + index, field, _advice(problem, context, line, field))


def _advice(problem: str, context: str, line: str, field: str) -> str:
    """What to change on the line YAML could not read, in the words of someone who is not a programmer."""
    value = line.split(":", 1)[1].strip() if ":" in line else line.strip()
    example = value.replace('"', "") or "the text"
    if "\t" in line[: len(line) - len(line.lstrip())] or "tab" in problem:
        return ("this line is indented with a tab, which YAML does not accept: replace the tab with spaces "
                "(two spaces per level)")
    if any(quote in line for quote in _CURLY_QUOTES) and "mapping values" in problem:
        return (f"curly quotes (“ ”) are not quotes to YAML, so the colon inside the value breaks it: "
                f"put the whole value in straight double quotes, for example {field}: \"{example}\"")
    if "escape" in problem or ("quoted scalar" in context and "hexdecimal" in problem):
        return (f"a backslash \\ inside double quotes starts a special character in YAML: put the whole value "
                f"in single quotes instead, for example {field}: '{value.strip(chr(34))}'")
    if "flow sequence" in context or "flow mapping" in context:
        opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
        return (f"the list that opens with {opening} on this line is not closed with {closing}, or an item in it "
                f"holds a comma or colon: end the list with {closing} on the same line, and put an item with a "
                f"comma or colon in double quotes, for example {field}: [Climate, \"Democracy: voting\"]")
    if "quoted scalar" in context:
        quote = '"' if '"' in value else "'"
        return (f"the quote {quote} that opens the value on this line is never closed: end the value with "
                f"{quote}, on this line")
    if value and value[0] in "\"'" and ("expected key" in problem or "expected <block end>" in problem
                                or "expected ',' or" in problem):
        other = "'" if value[0] == '"' else '"'
        return (f"the value starts with a quote but goes on after the closing quote: put the whole value in "
                f"{'single' if other == chr(39) else 'double'} quotes, for example {field}: {other}{value}{other}")
    if "mapping values" in problem:
        quoted = f"'{value}'" if '"' in value and "'" not in value else f'"{example}"'
        return (f"the value holds a colon followed by a space, which YAML reads as a new field: put the whole "
                f"value in {'single' if quoted[0] == chr(39) else 'double'} quotes, for example {field}: {quoted}")
    if value[:1] and value[0] in "*&!|>%@`{[" and ("cannot start any token" in problem or "alias" in context
                                                   or "anchor" in context or "block scalar" in context
                                                   or "expected" in problem):
        return (f"a value cannot start with {value[0]} unless it is in quotes: put the whole value in double "
                f"quotes, for example {field}: \"{example}\"")
    what = f" ({problem})" if problem else ""
    return (f"cannot be read{what}: check the indentation, quotes and colons on this line; a value "
            "containing a colon, or starting with a quote, must be in quotes as a whole")


def key_lines(document: Document, node: yaml.Node | None) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    """The line of each key of a mapping node, and every key written twice as `(key, line, first line)`."""
    lines: dict[str, int] = {}
    twice: list[tuple[str, int, int]] = []
    if not isinstance(node, yaml.MappingNode):
        return lines, twice
    for key_node, _ in node.value:
        key, line = str(key_node.value), document.line_of(key_node)
        if key in lines:
            twice.append((key, line, lines[key]))
        lines.setdefault(key, line)
    return lines, twice


def is_null(node: yaml.Node | None) -> bool:
    """Whether a value was left empty (`title:`), or written `~` or `null` without quotes."""
    return node is None or (isinstance(node, yaml.ScalarNode) and not node.style
                            and node.value in ("", "~", "null", "Null", "NULL"))
