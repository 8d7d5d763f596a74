"""The press kit: the logos plus a fact sheet and the boilerplate written from data/media.yml, in a zip
whose files carry the kit's real date and whose bytes are the same on every build."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from test_media import MEDIA_YML, PRESS_KIT, write_media

DATED = MEDIA_YML + """\
updated: 2026-02-17
facts:
  - label: Founded
    text: 2024, by 400 local officials
"""
WRITTEN = ("press-kit/boilerplate.txt", "press-kit/fact-sheet.txt")


def kit(result) -> zipfile.ZipFile:
    return zipfile.ZipFile(result.site_dir / "media" / "press-kit.zip")


def test_the_zip_carries_the_logos_a_fact_sheet_and_the_boilerplate_of_the_media_data(site) -> None:
    write_media(site, DATED)

    result = site.build(strict=True, now="2026-03-10")

    archive = kit(result)
    assert sorted(archive.namelist()) == sorted([*(f"press-kit/{name}" for name in PRESS_KIT), *WRITTEN])
    boilerplate = archive.read("press-kit/boilerplate.txt").decode("utf-8")
    assert boilerplate == ("About the Fixture Network\n\n"
                           "The Fixture Network unites local officials for housing & justice.\n")
    sheet = archive.read("press-kit/fact-sheet.txt").decode("utf-8")
    for line in ("Fixture Network: fact sheet", "Updated February 17, 2026", "* Founded: 2024, by 400 local officials",
                 "* Website: https://example.org/", "* Press releases: https://example.org/press/",
                 "* Alex Moreno, Communications Director", "  press@example.org, +1 202 555 0143",
                 "* Maria Okafor, Executive Director", "  Speaks on Democracy, Climate",
                 "The Fixture Network unites local officials for housing & justice."):
        assert line in sheet.splitlines(), line
    # One page: short lines, and fewer than a printed page holds.
    assert max(map(len, sheet.splitlines())) <= 78 and len(sheet.splitlines()) < 60
    # The same files, one by one, beside the logos, and listed on the media page.
    for name in WRITTEN:
        assert (result.site_dir / name).read_bytes() == archive.read(name)
        assert f'href="../{name}"' in result.page("media/")


def test_every_file_in_the_zip_carries_the_day_the_kit_last_changed(site) -> None:
    write_media(site, DATED)

    archive = kit(site.build(strict=True, now="2026-03-10"))

    assert {info.date_time for info in archive.infolist()} == {(2026, 2, 17, 12, 0, 0)}


def test_the_zip_is_byte_identical_across_builds_and_clones(site) -> None:
    write_media(site, DATED)
    first = (site.build(strict=True, now="2026-03-10").site_dir / "media" / "press-kit.zip").read_bytes()
    for path in (site.root / "docs" / "press-kit").rglob("*"):  # a fresh clone gives every file a new mtime
        os.utime(path, (1_900_000_000, 1_900_000_000))
    os.utime(site.root / "data" / "media.yml", (1_900_000_000, 1_900_000_000))

    second = (site.build(strict=True, now="2026-04-01").site_dir / "media" / "press-kit.zip").read_bytes()

    assert first == second


def test_a_new_boilerplate_reaches_the_kit(site) -> None:
    write_media(site, DATED)
    before = kit(site.build(strict=True, now="2026-03-10")).read("press-kit/boilerplate.txt")

    write_media(site, DATED.replace("unites local officials", "brings together local officials"))
    after = kit(site.build(strict=True, now="2026-03-10")).read("press-kit/boilerplate.txt")

    assert b"unites" in before and b"brings together local officials" in after


@pytest.mark.parametrize("change, message", [
    (lambda site: write_media(site, DATED.replace("2026-02-17", "2026-12-17")),
     "data/media.yml:19: updated: '2026-12-17' is after today: write the day the press kit last changed"),
    (lambda site: site.write("docs/press-kit/boilerplate.txt", "Our own text."),
     "data/media.yml:18: press_kit: the folder press-kit has a file boilerplate.txt, the name of the file the site "
     "writes from data/media.yml: rename the folder's file"),
])
def test_a_kit_that_cannot_be_dated_or_written_is_named(site, change, message) -> None:
    write_media(site, DATED)
    change(site)

    result = site.build(strict=True, now="2026-03-10")

    assert result.failed
    assert any(w.startswith(message) for w in result.warnings), result.warnings


def test_the_launch_kit_is_dated_and_its_fact_sheet_fits_a_page(project_site) -> None:
    archive = zipfile.ZipFile(io.BytesIO((project_site.site_dir / "media" / "press-kit.zip").read_bytes()))

    dates = {info.date_time[:3] for info in archive.infolist()}
    sheet = archive.read("press-kit/fact-sheet.txt").decode("utf-8").splitlines()

    assert len(dates) == 1 and dates != {(1980, 1, 1)}
    assert sheet[0] == "Municipal Justice Network: fact sheet"
    assert len(sheet) < 60 and max(map(len, sheet)) <= 78
