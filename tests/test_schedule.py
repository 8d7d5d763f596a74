"""`newsroom schedule --since`: the scheduled deploy's question, "did anything become public since?".

The workflow runs the installed command in the repository and reads its exit status (0: rebuild,
3: nothing new), so these tests do the same, against real fixture repositories, and check the
answer against what the real build publishes at those moments.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from newsroom.cli import NOTHING_NEW

NEWSROOM = shutil.which("newsroom", path=str(Path(sys.executable).parent)) or "newsroom"
EMBARGOED = "press/2026/2026-04-30-heat-standard.md"
EMBARGOED_PAGE = "press/2026/04/heat-standard/"


@dataclass
class Answer:
    status: int
    out: str
    err: str


@pytest.fixture
def repo(site):
    """A repository whose release is embargoed to 09:00 on 1 May 2026 (New York), with a draft beside it."""
    site.item("posts/2026/2026-04-01-rent-board.md", date="2026-04-01")
    site.item(EMBARGOED, title="Mayors back a heat standard", date="2026-04-30 18:00",
              embargo="2026-05-01 09:00", issues=["Climate"])
    site.item("posts/2026/2026-05-01-draft.md", date="2026-05-01 08:30", draft=True)
    site.item("posts/2026/2026-05-01-budget-hearing.md", date="2026-05-01 10:00")
    site.write("mkdocs.yml", yaml.safe_dump(site.config))
    return site


def schedule(root: Path, now: str, *args: str) -> Answer:
    """Run the installed `newsroom schedule ARGS` in `root` with the build's clock at `now`."""
    env = {**os.environ, "NEWSROOM_NOW": now}
    done = subprocess.run([NEWSROOM, "schedule", *args], cwd=root, env=env, capture_output=True, text=True,
                          timeout=60)
    return Answer(done.returncode, done.stdout, done.stderr)


def test_an_embargo_lifted_since_the_last_deploy_asks_for_a_rebuild(repo):
    answer = schedule(repo.root, "2026-05-01 09:05", "--since", "2026-05-01T12:50:00Z")  # 08:50 in New York

    assert answer.status == 0, answer.err
    assert answer.out.splitlines() == [
        "Public since 2026-05-01T08:50:00-04:00 (rebuild the site):",
        f"  2026-05-01T09:00:00-04:00 {EMBARGOED} (embargo)",
        "2026-05-01T10:00:00-04:00 posts/2026/2026-05-01-budget-hearing.md (date)",
    ]


def test_nothing_new_since_the_last_deploy_exits_with_nothing_new(repo):
    answer = schedule(repo.root, "2026-05-01 09:40", "--since", "2026-05-01 09:05")

    assert answer.status == NOTHING_NEW == 3
    assert answer.out.splitlines()[0] == (
        "Nothing became public between 2026-05-01T09:05:00-04:00 and 2026-05-01T09:40:00-04:00.")


def test_a_draft_never_asks_for_a_rebuild(repo):
    # The draft's date (08:30) lies in the window; a production build never shows it.
    answer = schedule(repo.root, "2026-05-01 08:45", "--since", "2026-05-01 08:00")

    assert answer.status == NOTHING_NEW


def test_an_item_public_at_the_last_deploys_own_clock_was_in_that_deploy(repo):
    # The build at exactly 09:00 published the release (publication time <= clock).
    answer = schedule(repo.root, "2026-05-01 09:30", "--since", "2026-05-01 09:00")

    assert answer.status == NOTHING_NEW


def test_a_since_the_command_cannot_read_is_an_error_naming_the_option(repo):
    answer = schedule(repo.root, "2026-05-01 09:30", "--since", "yesterday")

    assert answer.status == 1
    assert "--since" in answer.err and "2024-05-05T14:00:00-04:00" in answer.err


def test_without_since_the_command_answers_as_before(repo):
    answer = schedule(repo.root, "2026-05-01 08:00")

    assert answer.status == 0
    assert answer.out.splitlines() == [f"2026-05-01T09:00:00-04:00 {EMBARGOED} (embargo)"]


def test_the_answer_matches_what_the_build_publishes_at_each_moment(repo):
    before = repo.build(strict=True, now="2026-05-01 08:50")
    assert not before.failed and not before.exists(EMBARGOED_PAGE)

    assert schedule(repo.root, "2026-05-01 09:05", "--since", "2026-05-01 08:50").status == 0
    after = repo.build(strict=True, now="2026-05-01 09:05")
    assert not after.failed and after.exists(EMBARGOED_PAGE)
    assert "Mayors back a heat standard" in (after.site_dir / "press" / "feed.xml").read_text(encoding="utf-8")

    assert schedule(repo.root, "2026-05-01 09:55", "--since", "2026-05-01 09:05").status == NOTHING_NEW
