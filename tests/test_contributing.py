"""The authors' guide (CONTRIBUTING.md) cannot drift from the front-matter schema the code uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsroom.content import read_item
from newsroom.fields import ITEM_FIELDS
from newsroom.sections import PRESS
from newsroom.settings import Settings

GUIDE = Path(__file__).resolve().parent.parent / "CONTRIBUTING.md"
HEADER = re.compile(r"^\|\s*field\s*\|\s*required\s*\|")
REQUIRED = {"yes": True, "no": False, "with `image`": False}


def field_table() -> list[list[str]]:
    """The cells of each row of the guide's field reference table, header and rule left out."""
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if HEADER.match(line))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


@pytest.fixture(scope="module")
def rows() -> dict[str, list[str]]:
    table = field_table()
    names = [row[0].strip("`") for row in table]
    assert len(names) == len(set(names)), f"a field is listed twice: {names}"
    return dict(zip(names, table))


def test_every_field_of_the_schema_is_in_the_guide_and_no_other(rows):
    assert set(rows) == set(ITEM_FIELDS)


def test_the_guide_says_which_fields_are_required(rows):
    for name, spec in ITEM_FIELDS.items():
        required = rows[name][1]
        assert required in REQUIRED, f"{name}: write yes or no, not {required!r}"
        assert REQUIRED[required] == spec.required, f"{name}: the guide says {required!r}"


def test_the_guide_lists_fields_in_the_schema_order(rows):
    assert list(rows) == list(ITEM_FIELDS)


def test_the_examples_in_the_guide_are_accepted_by_the_build(rows, tmp_path):
    examples = [rows[name][2].strip("`") for name in rows]
    # A press release may carry every field (dateline and contacts are for releases only).
    path = tmp_path / "press" / "example.md"
    path.parent.mkdir()
    path.write_text("---\n" + "\n".join(examples) + "\n---\n\nText.\n", encoding="utf-8")

    item = read_item(path, "press/example.md", PRESS, Settings())

    assert item.title and item.issues and item.embargo is not None


def test_the_guide_covers_the_commands_and_the_embargo_warning():
    guide = GUIDE.read_text(encoding="utf-8")

    for needed in ("newsroom new", "newsroom check", "newsroom schedule", "make serve", "NEWSROOM_NOW",
                   "pull request", "toolkits/tenant-right-to-counsel/index.md", "docs/images/"):
        assert needed in guide, needed
    assert re.search(r"embargo.{0,80}does not keep it out of the repository", guide, re.S | re.I)
