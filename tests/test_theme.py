"""Material is customised only through its blocks and partials: no copy of its templates hides in overrides/.

A copy breaks on the next Material release (base.html names its assets by content hash). Should a copy
ever be unavoidable, it must say so in its first comment, `Copy of Material's <path>, sha256 <hash of
the original>`, and this test fails as soon as the installed original differs from what was copied.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import material
import pytest

from newsroom.theme_fixes import TOGGLES, invalid_toggle_markup, without_toggle_autocomplete

REPO = Path(__file__).resolve().parent.parent
OVERRIDES = REPO / "overrides"
MATERIAL = Path(material.__file__).parent / "templates"
MARK = re.compile(r"Copy of Material's (?P<path>\S+), sha256 (?P<hash>[0-9a-f]{64})")


def _lines(text: str) -> set[str]:
    """The lines that carry markup or logic, whitespace-trimmed: what a copy keeps from its original."""
    return {line.strip() for line in text.splitlines() if len(line.strip()) > 24}


def _templates(root: Path) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
            for path in root.rglob("*.html") if ".icons" not in path.parts}


MATERIAL_TEMPLATES = _templates(MATERIAL)
MEANT_TO_BE_REPLACED = {"main.html", "404.html"}
"""Material's templates that exist to be replaced: main.html only extends base.html, 404.html is a page."""


@pytest.mark.parametrize("name", sorted(_templates(OVERRIDES)))
def test_no_override_is_an_unmarked_copy_of_a_material_template(name: str) -> None:
    text = (OVERRIDES / name).read_text(encoding="utf-8")
    if mark := MARK.search(text):
        original = (MATERIAL / mark["path"]).read_bytes()
        assert hashlib.sha256(original).hexdigest() == mark["hash"], (
            f"overrides/{name} copies Material's {mark['path']}, which changed in the installed Material: "
            "bring the copy up to date (or replace it with a block) and update its hash")
        return
    assert name not in MATERIAL_TEMPLATES or name in MEANT_TO_BE_REPLACED, (
        f"overrides/{name} replaces Material's own {name}: override a block or a partial meant for it instead")
    ours = _lines(text)
    for theirs_name, theirs in MATERIAL_TEMPLATES.items():
        shared = ours & _lines(theirs)
        assert len(shared) < max(4, len(ours) // 3), (
            f"overrides/{name} repeats {len(shared)} lines of Material's {theirs_name}: "
            "customise through a block or partial, or mark it as a copy with the original's hash")


def test_the_copy_detector_would_catch_a_copy_under_another_name() -> None:
    header = MATERIAL_TEMPLATES["partials/header.html"]
    assert len(_lines(header) & _lines(MATERIAL_TEMPLATES["partials/header.html"])) >= max(4, len(_lines(header)) // 3)


def test_no_script_patches_the_browser_for_material() -> None:
    # The old no-sitemap-fetch.js replaced XMLHttpRequest.prototype.open to stop Material's bundle from
    # fetching sitemap.xml beside every feed link; the site no longer loads that bundle at all.
    for script in OVERRIDES.rglob("*.js"):
        assert ".prototype." not in script.read_text(encoding="utf-8"), script


def test_material_still_writes_the_markup_the_theme_fix_removes() -> None:
    # When this fails, Material has fixed its toggles: delete newsroom/theme_fixes.py and its two hooks.
    base = MATERIAL_TEMPLATES["base.html"]
    for toggle in TOGGLES:
        assert invalid_toggle_markup(toggle) in base, toggle


def test_the_fix_removes_only_the_toggles_autocomplete() -> None:
    html = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input id="email" type="email" autocomplete="off">')
    assert without_toggle_autocomplete(html) == (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input id="email" type="email" autocomplete="off">')


def test_built_pages_use_materials_own_assets_and_none_of_its_javascript(project_site) -> None:
    html = project_site.page("")
    css = re.findall(r'href="(assets/stylesheets/[^"]+)"', html)
    assert any(name.startswith("assets/stylesheets/main.") for name in css)
    for name in css:
        assert (project_site.site_dir / name).is_file(), name
    assert "bundle." not in html and "sitemap" not in html
    assert 'autocomplete="off"' not in html
    assert "Material for MkDocs" not in html
