"""The hooks' state has a lifecycle: made at start-up, bounded across rebuilds, removed at shut-down.

And the local preview never shows an item as it was before it broke: its address says what is wrong.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from conftest import project_config


def hooks_module():
    return sys.modules[project_config()["hooks"][0]]


def edit(site, rel: str, text: str) -> None:
    time.sleep(0.05)  # file times must move on for MkDocs' dirty check
    site.write(rel, text)
    os.utime(site.root / rel)


def test_the_hook_module_holds_no_state_but_its_session_and_build(site) -> None:
    site.item("posts/a.md")
    site.build()
    module = hooks_module()
    mutable = {name for name, value in vars(module).items()
               if not name.startswith("__") and isinstance(value, (dict, list, set))}
    assert mutable == set(), mutable


def test_a_preview_keeps_its_scratch_folder_while_it_runs_and_removes_it_when_it_stops(site) -> None:
    site.write("newsroom.yml", "page_size: 1\n")
    site.item("posts/a.md", date="2024-05-05")
    site.item("posts/b.md", date="2024-05-06")
    site.build(preview=True, dirty=True)
    scratch = hooks_module()._session.scratch()
    assert scratch.is_dir() and any(scratch.rglob("index.md"))

    site.close()

    assert not scratch.exists()
    assert hooks_module()._session is None


def test_rebuilds_do_not_grow_the_caches(site) -> None:
    for number in range(5):
        site.item(f"posts/p{number}.md", date="2024-05-05")
    site.build(preview=True, dirty=True)
    session = hooks_module()._session
    assert len(session.cache.entries) == 5 and len(session.rendered) == 5

    for number in range(3):
        (site.root / f"posts/p{number}.md").unlink()
        edit(site, f"posts/new{number}.md", "---\ntitle: New\ndate: 2024-05-06\nissues: [Climate]\n---\n\nText.\n")
        site.build(preview=True, dirty=True)

    assert hooks_module()._session is session
    assert len(session.cache.entries) == 5 and len(session.rendered) == 5


def test_two_builds_in_one_process_start_from_nothing(site) -> None:
    site.item("posts/a.md", title="First site item")
    first = site.build()
    assert hooks_module()._session is None

    (site.root / "posts/a.md").unlink()
    site.item("posts/b.md", title="Second site item")
    second = site.build()

    assert not second.exists("blog/2024/05/a/") or "First site item" not in second.page("")
    assert "Second site item" in second.page("blog/")
    assert "First site item" not in second.page("blog/")
    assert first.site_dir == second.site_dir


def test_an_item_that_breaks_in_the_preview_shows_its_problem_at_its_address(site) -> None:
    site.item("posts/rent.md", title="Rent relief passes", date="2024-05-05")
    site.item("posts/other.md", title="Other news", date="2024-05-04")
    first = site.build(preview=True, dirty=True)
    assert "Rent relief passes" in first.page("blog/2024/05/rent/")

    edit(site, "posts/rent.md", "---\ntitle: Rent relief: passes\ndate: 2024-05-05\nissues: [Climate]\n---\n\nX\n")
    again = site.build(preview=True, dirty=True)

    page = again.page("blog/2024/05/rent/")
    assert "is not on the site until it is fixed" in page
    assert "posts/rent.md:2" in page and "in double quotes" in page
    listing = again.page("blog/")
    assert "Left out of the site until fixed" in listing and "posts/rent.md:2" in listing
    assert "Other news" in listing

    edit(site, "posts/rent.md", "---\ntitle: \"Rent relief: passes\"\ndate: 2024-05-05\nissues: [Climate]\n---\n\nX\n")
    fixed = site.build(preview=True, dirty=True)
    assert "Rent relief: passes" in fixed.page("blog/2024/05/rent/")
    assert "Left out of the site" not in fixed.page("blog/")


def test_the_published_site_never_shows_the_preview_problem_pages(site) -> None:
    site.item("posts/rent.md", title="Rent relief passes", date="2024-05-05")
    site.build(preview=True, dirty=True)
    edit(site, "posts/rent.md", "---\ntitle: Rent relief: passes\ndate: 2024-05-05\nissues: [Climate]\n---\n\nX\n")
    site.close()

    result = site.build()

    assert not result.exists("blog/2024/05/rent/")
    assert "Left out of the site" not in result.page("blog/")
    assert all(b"is not on the site until it is fixed" not in Path(p).read_bytes() for p in result.all_files())
