"""Reading built pages as a reader's browser would: elements found by a small subset of CSS, their text.

lxml's own CSS selectors need the cssselect package; this subset (`tag.class`, `[attr]`,
`[attr="v"]`, `[attr^="v"]`, `[attr$="v"]`, descendants separated by spaces) is all the tests use.
"""

from __future__ import annotations

import re

import lxml.html


def parse(html: str):
    return lxml.html.fromstring(html)


def find(element, selector: str) -> list:
    """Every element under `element` matching `selector`, in document order."""
    return element.xpath("." + "".join(f"//{_step(part)}" for part in selector.split()))


def text(element) -> str:
    """The element's text as a reader sees it, spaces collapsed."""
    return " ".join(element.text_content().split())


_ATTRIBUTE = re.compile(r'\[([\w-]+)(?:([$^]?=)"([^"]*)")?\]')


def _step(part: str) -> str:
    head = _ATTRIBUTE.sub("", part)
    tag, *classes = head.split(".")
    tests = [f'contains(concat(" ", normalize-space(@class), " "), " {name} ")' for name in classes]
    for attribute, operator, value in _ATTRIBUTE.findall(part):
        if not operator:
            tests.append(f"@{attribute}")
        elif operator == "=":
            tests.append(f'@{attribute}="{value}"')
        elif operator == "^=":
            tests.append(f'starts-with(@{attribute}, "{value}")')
        else:
            tests.append(f'substring(@{attribute}, string-length(@{attribute}) - {len(value) - 1}) = "{value}"')
    return (tag or "*") + "".join(f"[{test}]" for test in tests)
