"""YAML read as authors mean it: dates stay text, and every value keeps the line it was written on.

Shared by the front matter of content files and the data files under `data/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .problems import Problem, ProblemsFound


# libyaml's parser, where PyYAML was built with it, reads front matter several times faster:
# at thousands of items that is seconds of every build.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TextDatesLoader(_SafeLoader):
    """Safe YAML that leaves dates as text, so a bad date is reported as a bad `date` field."""


TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_text(path: Path, rel: str) -> str:
    """A file's text without a byte-order mark; ProblemsFound naming `rel` if it is not UTF-8."""
    try:
        return path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise ProblemsFound([Problem(rel, 1, "file", "is not UTF-8 text: open it in your editor and save it "
                                                     "with the UTF-8 encoding")]) from None


def compose_reporting(text: str, rel: str, field: str) -> tuple[Any, yaml.Node | None]:
    """`compose`, with a YAML error turned into a problem of `rel` on the line at fault."""
    try:
        return compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        what = getattr(error, "problem", None) or "it is not valid YAML"
        raise ProblemsFound([Problem(
            rel, mark.line + 1 if mark else 1, field,
            f"cannot be read ({what}): check the indentation, quotes and colons on this line; "
            "a value containing a colon must be in quotes",
        )]) from None


def compose(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of one YAML document with its node tree, for line numbers; `(None, None)` when blank.

    Raises yaml.YAMLError, whose `problem_mark` gives the line at fault.
    """
    loader = TextDatesLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


def line_of(node: yaml.Node) -> int:
    """The 1-based line where `node` starts."""
    return node.start_mark.line + 1


def key_lines(node: yaml.Node | None) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    """The line of each key of a mapping node, and every key written twice as `(key, line, first line)`."""
    lines: dict[str, int] = {}
    twice: list[tuple[str, int, int]] = []
    if not isinstance(node, yaml.MappingNode):
        return lines, twice
    for key_node, _ in node.value:
        key, line = str(key_node.value), line_of(key_node)
        if key in lines:
            twice.append((key, line, lines[key]))
        lines.setdefault(key, line)
    return lines, twice


def value_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The node of `key`'s value in a mapping node; the last one when written twice, as YAML reads it."""
    found = None
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if str(key_node.value) == key:
                found = value
    return found


def item_nodes(node: yaml.Node | None) -> list[yaml.Node]:
    """The nodes of a sequence's items, in order; empty for anything else."""
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []
