"""Related items: others sharing the most issue areas, in time linear in the number of items."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from .content import Item
from .settings import IssueArea


def related_items(items: Sequence[Item], limit: int = 4) -> dict[Item, tuple[Item, ...]]:
    """For each item, up to `limit` others: most shared issue areas first, then newest first.

    `items` must be newest first. Each item is filed under every subset of its areas
    (an item has few areas, so few subsets); the items sharing at least m areas with
    one item are then the union of a handful of pre-sorted lists, walked lazily.
    """
    rank = {item: position for position, item in enumerate(items)}
    by_subset: dict[frozenset[IssueArea], list[Item]] = defaultdict(list)
    for item in items:
        for subset in _subsets(item.issues):
            by_subset[subset].append(item)

    related: dict[Item, tuple[Item, ...]] = {}
    for item in items:
        chosen: list[Item] = []
        for size in range(len(item.issues), 0, -1):
            lists = [by_subset[frozenset(c)] for c in combinations(item.issues, size)]
            for other in heapq.merge(*lists, key=rank.__getitem__):
                if len(chosen) == limit:
                    break
                if other is not item and other not in chosen:
                    chosen.append(other)
            if len(chosen) == limit:
                break
        related[item] = tuple(chosen)
    return related


def _subsets(areas: tuple[IssueArea, ...]) -> list[frozenset[IssueArea]]:
    return [frozenset(c) for size in range(1, len(areas) + 1) for c in combinations(areas, size)]
