"""The deploy's smoke test (`python -m newsroom.smoke site`), run on real builds as the deploy job runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from newsroom.smoke import check_site, sample_pages

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def smoke(site_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsroom.smoke", str(site_dir), *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def built(site):
    """A strict build of a small site whose post shows an image with a space in its file name."""
    site.write("docs/images/Tenant Rally.png", PNG)
    # The theme's favicon and touch icons live with the site's pictures, as in the repository.
    for icon in (REPO / "docs" / "images" / "icons").iterdir():
        site.write(f"docs/images/icons/{icon.name}", icon.read_bytes())
    site.item("posts/2024/rally.md", title="Tenants rally at city hall",
              body="![Tenants on the steps](/images/Tenant%20Rally.png)\n\nThe council heard them.")
    for n in range(12):
        site.item(f"press/2024/release-{n}.md", title=f"Release {n}", date=f"2024-03-{n + 1:02d}")
    result = site.build(strict=True)
    assert not result.failed, result.warnings
    return result


def test_a_built_site_passes_and_the_check_covers_every_kind_of_reference(built):
    done = smoke(built.site_dir)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("smoke: ")
    pages, urls, missing = check_site(built.site_dir, size=1000)
    assert missing == []
    checked = {target for page in pages for target in _targets(built.site_dir, page)}
    assert any(t.startswith("assets/stylesheets/") and t.endswith(".css") for t in checked)
    assert any(t.startswith("assets/javascripts/") and t.endswith(".js") for t in checked)
    assert {"feed.xml", "atom.xml", "feed.json", "press/feed.xml"} <= checked
    assert "images/Tenant Rally.png" in checked


def _first_script(site_dir: Path) -> str:
    """A script some page of the site loads (the theme's own; Material's bundle is not used)."""
    return next(target for page in sorted(site_dir.rglob("index.html"))
                for target in sorted(_targets(site_dir, page)) if target.endswith(".js"))


def _targets(site_dir: Path, page: Path) -> set[str]:
    from newsroom.smoke import referenced, site_url_of
    return {target for _, target in referenced(page, site_dir, site_url_of(site_dir))}


@pytest.mark.parametrize("lost", ["stylesheet", "script", "image", "feed"])
def test_it_fails_naming_the_page_and_the_url_when_a_file_is_missing(built, lost):
    site_dir = built.site_dir
    victim = {
        "stylesheet": lambda: next(site_dir.glob("assets/stylesheets/main.*.min.css")),
        "script": lambda: site_dir / _first_script(site_dir),
        "image": lambda: site_dir / "images" / "Tenant Rally.png",
        "feed": lambda: site_dir / "press" / "atom.xml",
    }[lost]()
    victim.unlink()

    done = smoke(site_dir, "--sample", "1000")

    assert done.returncode == 1
    relative = victim.relative_to(site_dir).as_posix()
    assert f"no file {relative} in the built site" in done.stderr
    assert "do not deploy" in done.stderr
    # Each line names the page that uses the file.
    assert all(line.split(": ")[0].endswith(".html") for line in done.stderr.splitlines()[:-1])


def test_the_sample_always_has_the_home_page_and_404_and_is_spread_evenly(built):
    site_dir = built.site_dir
    every = sorted(site_dir.rglob("*.html"))

    sample = sample_pages(site_dir, size=5)

    assert sample[:2] == [site_dir / "index.html", site_dir / "404.html"]
    assert len(sample) == 7 and len(set(sample)) == 7 and set(sample) <= set(every)
    assert sample_pages(site_dir, size=5) == sample


def test_a_folder_that_is_not_a_built_site_is_refused(tmp_path):
    done = smoke(tmp_path)

    assert done.returncode == 1
    assert "build the site first" in done.stderr
