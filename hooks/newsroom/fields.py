"""The front matter authors write: one declaration read by validation, the CLI and the guide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "moment", "names", "flag"]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    required: bool
    help: str
    """What the field means, in one sentence for authors."""
    example: str
    """A YAML line an author could copy."""


ITEM_FIELDS: dict[str, FieldSpec] = {
    spec.name: spec
    for spec in (
        FieldSpec("title", "text", True, "The headline, shown as plain text everywhere.",
                  'title: "Tenants win the right to counsel in Newark"'),
        FieldSpec("date", "moment", True,
                  "Publication date, with an optional time and UTC offset; without an offset it is in the site's time zone.",
                  "date: 2024-05-05 14:00"),
        FieldSpec("issues", "names", True, "One or more issue areas from the site's list.",
                  "issues: [Affordable Housing, Economic Justice]"),
        FieldSpec("partners", "names", False, "Partner organisations; each gets its own page.",
                  "partners: [Center for Tenant Power]"),
        FieldSpec("authors", "names", False, "Author names, or keys from the authors list in newsroom.yml.",
                  "authors: [maria-okafor]"),
        FieldSpec("summary", "text", False,
                  "One or two sentences for listings, feeds and social cards; defaults to the first paragraph.",
                  "summary: Three cities show how a right to counsel keeps families housed."),
        FieldSpec("draft", "flag", False, "true keeps the item out of the published site; it shows in the local preview.",
                  "draft: true"),
        FieldSpec("embargo", "moment", False, "The item does not exist on the site before this moment.",
                  "embargo: 2024-05-07 09:00"),
        FieldSpec("slug", "text", False, "The last part of the URL, instead of the file name.",
                  "slug: right-to-counsel"),
        FieldSpec("image", "text", False, "An image for listings and social cards: a path under docs/ or a full URL.",
                  "image: /images/newark-tenants.jpg"),
        FieldSpec("featured", "flag", False, "true shows the item among the featured items on the home page.",
                  "featured: true"),
    )
}

CHAPTER_FIELDS: dict[str, FieldSpec] = {
    "title": FieldSpec("title", "text", True, "The chapter's heading.", 'title: "The model ordinance"'),
}
