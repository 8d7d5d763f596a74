"""Related items: most shared issue areas first, then newest; never the item itself."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from newsroom.content import Item
from newsroom.related import related_items
from newsroom.sections import POSTS
from newsroom.settings import Settings

SETTINGS = Settings()
AREA = {area.name: area for area in SETTINGS.issue_areas}


def make_item(slug: str, day: int, *areas: str) -> Item:
    return Item(
        section=POSTS, source=f"posts/{slug}.md", title=slug, date=datetime(2024, 1, day, tzinfo=ZoneInfo("UTC")),
        issues=tuple(AREA[a] for a in areas), partners=(), authors=(), summary="", draft=False, embargo=None,
        slug=slug, image=None, featured=False, body="",
    )


def newest_first(*items: Item) -> list[Item]:
    return sorted(items, key=lambda i: i.date, reverse=True)


def test_most_shared_areas_first_then_newest() -> None:
    main = make_item("main", 10, "Climate", "Democracy", "Police Reform")
    three = make_item("three", 1, "Police Reform", "Democracy", "Climate")
    two_old = make_item("two-old", 2, "Climate", "Democracy")
    two_new = make_item("two-new", 8, "Democracy", "Police Reform", "Economic Justice")
    one_newest = make_item("one-newest", 20, "Climate")
    one_older = make_item("one-older", 5, "Democracy")
    unrelated = make_item("unrelated", 25, "Affordable Housing")
    items = newest_first(main, three, two_old, two_new, one_newest, one_older, unrelated)

    related = related_items(items)

    assert [i.slug for i in related[main]] == ["three", "two-new", "two-old", "one-newest"]
    assert related[unrelated] == ()
    assert all(item not in related[item] for item in items)


def test_fewer_than_the_limit_when_few_share_an_area() -> None:
    a = make_item("a", 3, "Climate")
    b = make_item("b", 2, "Climate", "Democracy")
    c = make_item("c", 1, "Democracy")

    related = related_items(newest_first(a, b, c))

    assert [i.slug for i in related[a]] == ["b"]
    assert [i.slug for i in related[b]] == ["a", "c"]


def test_limit_is_respected_on_a_large_area() -> None:
    items = newest_first(*(make_item(f"i{n}", n, "Climate") for n in range(1, 29)))

    related = related_items(items, limit=4)

    assert [i.slug for i in related[items[0]]] == ["i27", "i26", "i25", "i24"]
    assert [i.slug for i in related[items[1]]] == ["i28", "i26", "i25", "i24"]
