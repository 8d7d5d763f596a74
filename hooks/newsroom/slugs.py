"""The one slug rule, shared by items, issue areas and partners."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus accents.
_TRANSLITERATIONS = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
     "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_APOSTROPHES = re.compile(r"['’‘ʼ`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by single hyphens: `Workers' Rights` → `workers-rights`."""
    text = _APOSTROPHES.sub("", text.translate(_TRANSLITERATIONS))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")


def slug_from_filename(stem: str) -> str:
    """The slug of a file name without `.md`, dropping a leading `YYYY-MM-DD-`."""
    return slugify(_DATE_PREFIX.sub("", stem))
