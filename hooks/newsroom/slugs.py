"""The one slug rule of the site contract ("Content": Slug), shared by items, issue areas and partners.

A slug is lowercase ASCII: every character is transliterated by text-unidecode (`Peñasco` →
`penasco`, `Þórr` → `thorr`, `Straße` → `strasse`), apostrophes are dropped (`Workers' Rights` →
`workers-rights`) and every other run of non-alphanumerics becomes one `-`.

An item's own slug (its file name, or its `slug:` field) must be written in Latin letters: a
transliteration of Cyrillic or Chinese is a guess at a web address the author never chose, so it
is offered as a suggestion in the message instead (`item_slug_problem`). Names of partners and
issue areas, which nobody types into an address, are transliterated whatever their script.
"""

from __future__ import annotations

import re
import unicodedata

from text_unidecode import unidecode

SLUG_LENGTH = 60
"""Characters `newsroom new` keeps of a slug made from a title, cut at a hyphen: short enough to read in a link."""

MAX_SLUG_LENGTH = 100
"""The longest slug the build accepts: longer ones make file paths that Windows and some tools cannot hold
(260 characters in all) and links that mail programs break."""

_APOSTROPHES = re.compile(r"['`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
# Letters proper: modifier letters (category Lm) include the apostrophe-like ʼ, which is punctuation here.
_LETTERS = {"Lu", "Ll", "Lt", "Lo"}
_DANGLING = frozenset("a an and as at by for from in of on or the to with".split())


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by single hyphens, possibly empty: `Workers' Rights` → `workers-rights`."""
    ascii_text = _APOSTROPHES.sub("", unidecode(text))
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")


def without_date_prefix(stem: str) -> str:
    """A file name without `.md`, less a leading `YYYY-MM-DD-`: the text an item's slug is made from."""
    return _DATE_PREFIX.sub("", stem)


def slug_from_filename(stem: str) -> str:
    """The slug of a file name without `.md`, dropping a leading `YYYY-MM-DD-`."""
    return slugify(without_date_prefix(stem))


def foreign_letters(text: str) -> str:
    """The letters of `text` that are not Latin (Cyrillic, Greek, Han, Arabic...), in order; empty if none.

    Latin means a letter Unicode names LATIN (ß, Þ, Ð, Ł included) or one that decomposes into ASCII (ª).
    """
    return "".join(
        ch for ch in text
        if unicodedata.category(ch) in _LETTERS
        and "LATIN" not in unicodedata.name(ch, "")
        and not unicodedata.normalize("NFKD", ch).isascii()
    )


def shorten(slug: str, length: int = SLUG_LENGTH) -> str:
    """`slug` cut to at most `length` characters at a hyphen (mid-word only when its first word is longer),
    without small words left dangling at the end (`...-march-from-the` → `...-march`)."""
    if len(slug) <= length:
        return slug
    if "-" not in slug[: length + 1]:
        return slug[:length]
    words = slug[: length + 1].rsplit("-", 1)[0].split("-")
    while len(words) > 1 and words[-1] in _DANGLING:
        words.pop()
    return "-".join(words)


def item_slug_problem(text: str, written: bool) -> str | None:
    """What is wrong with `text` as an item's slug (the `slug:` field if `written`, else the file name
    without its date prefix), said with the fix; None when it gives a good slug.

    Rules: the site contract's slug rule, plus Latin letters only and at most MAX_SLUG_LENGTH characters.
    """
    where = "change it to" if written else "add a field such as"
    if foreign_letters(text):
        suggestion = shorten(slugify(text))
        example = f"slug: {suggestion} (the {'slug' if written else 'name'} transliterated)" if suggestion \
            else "slug: rent-relief-vote"
        return (f"'{text}' is not written in Latin letters, and a web address must be: {where} {example}, "
                "or a few words of the title in English")
    slug = slugify(text)
    if not slug:
        return f"gives an empty web address: {where} slug: rent-relief-vote"
    if len(slug) > MAX_SLUG_LENGTH:
        return (f"gives a web address {len(slug)} characters long, and at most {MAX_SLUG_LENGTH} work everywhere: "
                f"{where} slug: {shorten(slug)}")
    return None
