"""The two shapes of corpus the benchmark generates: what a body and a partner list look like.

`articles` (the default) is issue 7's corpus: 400–900-word items, a few partners from a pool of 40.
`briefs` is issue 15's "short body, many partners": 60–180-word items (statements, quick updates),
nearly every one naming 2–6 partners from a pool of over a thousand local organisations, so that the
site has many partner pages and a plain MkDocs site has little Markdown to render: the shape in which
the project's own work (listings, partner pages, feeds, the search index) weighs most against the floor.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import wordbank as wb

_KINDS = (
    "Tenants Union", "Workers' Center", "Climate Coalition", "Legal Aid Society", "Immigrant Rights Project",
    "Voter Access Fund", "Community Land Trust", "Transit Riders Union", "Living Wage Campaign",
    "Youth Justice Collaborative", "Neighborhood Safety Council", "Budget Watch", "Housing Defense Network",
    "Domestic Workers' Alliance", "Civic Participation Lab", "Faith and Justice Circle", "Reentry Coalition",
)


@dataclass(frozen=True)
class Shape:
    """How items of one corpus are written."""

    name: str
    min_words: int
    max_words: int
    partner_chance: dict[str, float]
    """Share of items naming partners, by section folder."""
    partners_per_item: tuple[int, ...]
    """How many partners such an item names: drawn uniformly from these."""
    partners: tuple[str, ...]
    """The pool, most often named first (weights fall as 1/(rank+1)^0.6, as in any network)."""


def local_partners() -> tuple[str, ...]:
    """Over a thousand fictional local organisations: every city of the word bank with every kind, mixed."""
    names = [f"{city} {kind}" for city, _ in wb.CITIES for kind in _KINDS]
    random.Random("local-partners").shuffle(names)
    return tuple(names)


ARTICLES = Shape("articles", 400, 900, {"posts": 0.4, "press": 0.5, "toolkits": 0.8}, (1, 1, 2), wb.PARTNERS)
BRIEFS = Shape("briefs", 60, 180, {"posts": 0.9, "press": 0.95, "toolkits": 1.0}, (2, 3, 4, 5, 6),
               wb.PARTNERS + local_partners())
SHAPES = {shape.name: shape for shape in (ARTICLES, BRIEFS)}
