"""The one correction the site makes to markup Material writes outside any block a theme may override.

Material's base.html gives its two hidden checkbox toggles (`__drawer`, `__search`) `autocomplete="off"`,
which HTML allows only on text-like inputs (HTML Living Standard, "the autocomplete attribute"; the Nu
checker reports it as an error). Those lines sit outside every block, so the only alternative to this
fix would be a copy of base.html, whose hashed asset names break on the next Material release.

The fix removes exactly those two attributes from each rendered page and nothing else: if Material
changes the markup, it does nothing and the HTML audit (tests/test_site_audits.py) reports the error
again; `tests/test_theme.py` fails once Material stops writing it, so the fix can go.
"""

from __future__ import annotations

TOGGLES = ("drawer", "search")
"""Material's checkbox toggles, by their ids without the leading `__`."""


def invalid_toggle_markup(toggle: str) -> str:
    """The exact text Material 9 writes for one toggle's invalid attribute."""
    return f'type="checkbox" id="__{toggle}" autocomplete="off">'


def without_toggle_autocomplete(html: str) -> str:
    """`html` with `autocomplete="off"` removed from Material's checkbox toggles (each at most once)."""
    for toggle in TOGGLES:
        html = html.replace(invalid_toggle_markup(toggle), f'type="checkbox" id="__{toggle}">', 1)
    return html
