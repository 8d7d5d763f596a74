"""Sign-on letters (`signatories:`): the count, the signers by state, the CSV beside the page, and a
`file:row:column` message for each mistake in the file (site contract, "Press releases as journalists
expect them")."""

from __future__ import annotations

import csv
import io
import json
import time
from urllib.parse import quote

import lxml.html
import pytest

from conftest import REPO, served
from readers import words, valid_json_feed

LETTER = "press/2026/2026-03-02-eats-act-letter.md"
LETTER_URL = "press/2026/03/eats-act-letter/"
SIGNERS_FILE = "press/2026/eats-act-signers.csv"
SIGNERS = """\
name,title,jurisdiction,state
Ana Beltrán,Council Member,Tucson,AZ
Rochelle Avery,County Commissioner,Multnomah County,OR
Marcus Bell,County Commissioner,Fulton County,GA
Lucía Herrera,Council Member,Phoenix,AZ
Desmond Okafor,Mayor,Washington,DC
"""


def write_letter(site, signers: str = SIGNERS, **fields) -> None:
    site.write(SIGNERS_FILE, signers)
    fields.setdefault("signatories", "eats-act-signers.csv")
    fields.setdefault("summary", "{signatories} urge Congress to reject the EATS Act.")
    site.item(LETTER, title="Local officials urge Congress to reject the EATS Act", date="2026-03-02 10:00",
              issues=["Democracy"], body="Local officials today sent a letter to Congress.", **fields)


def test_the_letter_counts_its_signers_and_lists_them_by_state(site) -> None:
    write_letter(site)

    result = site.build(strict=True, now="2026-03-10")

    assert not result.failed, result.warnings
    page = lxml.html.fromstring(result.page(LETTER_URL))
    section, = page.find_class("nr-signatories")
    assert words(section.find(".//h2")) == "Signed by 5 officials from 3 states and DC"
    states = [(words(d.find("summary")), [words(li) for li in d.iter("li")], d.get("open") is not None)
              for d in section.iter("details")]
    assert states == [
        ("Arizona 2 officials", ["Lucía Herrera, Council Member, Phoenix", "Ana Beltrán, Council Member, Tucson"], True),
        ("District of Columbia 1 official", ["Desmond Okafor, Mayor, Washington"], True),
        ("Georgia 1 official", ["Marcus Bell, County Commissioner, Fulton County"], True),
        ("Oregon 1 official", ["Rochelle Avery, County Commissioner, Multnomah County"], True),
    ]
    # "{signatories}" is counted everywhere the summary goes: the page, listings, feeds, social cards.
    summary = "5 officials from 3 states and DC urge Congress to reject the EATS Act."
    assert words(page.find_class("nr-item__summary")[0]) == summary
    assert summary in result.page("press/") and f'content="{summary}"' in result.page(LETTER_URL)
    entry = valid_json_feed(result.site_dir / "press/feed.json")["items"][0]
    assert entry["summary"] == summary
    assert "{signatories}" not in "".join(p.read_text(errors="ignore") for p in result.all_files()
                                          if p.suffix in (".html", ".xml", ".json"))


def test_the_csv_is_published_beside_the_page_and_linked(site) -> None:
    write_letter(site, SIGNERS.replace("\n", "\r\n").replace("Ana Beltrán,", "  Ana   Beltrán ,"))

    result = site.build(strict=True, now="2026-03-10")

    published = result.site_dir / LETTER_URL / "signatories.csv"
    rows = list(csv.reader(io.StringIO(published.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows == list(csv.reader(io.StringIO(SIGNERS)))
    link, = lxml.html.fromstring(result.page(LETTER_URL)).find_class("nr-signatories__download")[0].iter("a")
    assert link.get("href") == "../../../../press/2026/03/eats-act-letter/signatories.csv"
    # The repository's own file is not copied anywhere.
    assert not (result.site_dir / SIGNERS_FILE).exists() and not list(result.site_dir.rglob("eats-act-signers.csv"))
    # The feed entry says who signed and links the list, rather than carrying every name.
    content = lxml.html.fromstring(valid_json_feed(result.site_dir / "press/feed.json")["items"][0]["content_html"])
    assert words(content).endswith("Signed by 5 officials from 3 states and DC. The signers by state · "
                                  "the list as a spreadsheet (signatories.csv)")
    assert [a.get("href") for a in content.iter("a")] == [
        f"https://example.org/{LETTER_URL}#signatories", f"https://example.org/{LETTER_URL}signatories.csv"]


@pytest.mark.parametrize("unpublished", [{"draft": True}, {"embargo": "2026-04-01 09:00"}])
def test_an_unpublished_letter_publishes_none_of_its_signers(site, unpublished) -> None:
    write_letter(site, **unpublished)
    site.item("press/2026/2026-01-01-other.md", title="Another release", date="2026-01-01", issues=["Democracy"])

    result = site.build(strict=True, now="2026-03-10")

    assert not result.failed, result.warnings
    assert not list(result.site_dir.rglob("signatories.csv"))
    for name in ("Rochelle Avery", "Lucía Herrera", "Desmond Okafor"):
        assert result.files_mentioning(name) == []


BAD_FILES = {
    "missing column": ("name,title,state\nAna Beltrán,Council Member,AZ\nMarcus Bell,County Commissioner,GA\n",
                       f"{SIGNERS_FILE}:1: jurisdiction: is missing: add a column named 'jurisdiction' to row 1"),
    "unknown state code": (SIGNERS.replace("Fulton County,GA", "Fulton County,Ga."),
                           f"{SIGNERS_FILE}:4:4: state: 'Ga.' is not a US state: write its two-letter postal code"),
    "duplicate signer": (SIGNERS + "Ana  Beltran,Council Member,tucson,az\n",
                         f"{SIGNERS_FILE}:7:1: name: 'Ana Beltran' (tucson, AZ) is already on row 2: a signer is "
                         "listed once, so delete one of the two rows"),
    "empty name": (SIGNERS.replace("Marcus Bell,", ","),
                   f"{SIGNERS_FILE}:4:1: name: is empty: a signers list needs it"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_each_bad_signatories_file_gives_its_error_in_check_and_strict_build(site, kind, monkeypatch, capsys) -> None:
    from newsroom.cli import main

    signers, message = BAD_FILES[kind]
    write_letter(site, signers)

    strict = site.build(strict=True, now="2026-03-10")
    assert strict.failed
    assert any(w.startswith(message) for w in strict.warnings), strict.warnings
    monkeypatch.chdir(site.root)
    monkeypatch.setenv("NEWSROOM_NOW", "2026-03-10")
    for paths in ([], [LETTER], [SIGNERS_FILE], ["press/2026"]):  # the whole site, the letter, its signers
        capsys.readouterr()
        assert main(["check", *paths]) == 1, paths
        assert message in capsys.readouterr().out, paths

    lenient = site.build(strict=False, now="2026-03-10")
    assert not lenient.failed
    page = lxml.html.fromstring(lenient.page(LETTER_URL))
    heading = page.find_class("nr-signatories")[0].find(".//h2") if page.find_class("nr-signatories") else None
    if kind == "missing column":
        assert heading is None  # the columns are in doubt: no list until the file is fixed
    else:
        assert words(heading).startswith(f"Signed by {4 if kind != 'duplicate signer' else 5} officials")


@pytest.mark.parametrize("written, message", [
    ("eats-act-signers.xlsx", "signatories: 'eats-act-signers.xlsx' is not a CSV file: save the spreadsheet as CSV"),
    ("no-such-file.csv", "signatories: 'no-such-file.csv' is not a file in press/2026/"),
    ("../../data/actions.csv", "signatories: '../../data/actions.csv' must be a file beside the item"),
])
def test_a_signatories_field_naming_no_usable_file_is_an_error_on_its_line(site, written, message) -> None:
    write_letter(site, signatories=written)

    result = site.build(strict=True, now="2026-03-10")

    assert result.failed
    assert any(w.startswith(f"{LETTER}:") and message in w for w in result.warnings), result.warnings


def test_the_count_placeholder_without_signatories_is_an_error(site) -> None:
    site.item(LETTER, title="A letter", date="2026-03-02", issues=["Democracy"], summary="{signatories} sign on.")

    result = site.build(strict=True, now="2026-03-10")

    assert any(w.startswith(f"{LETTER}:") and "summary: uses {signatories}" in w for w in result.warnings)


# ---------------------------------------------------------------------------
# A letter of 2,000 signers, on a phone.

FIRST = ("Ana", "Marcus", "Keisha", "Tomás", "Priscilla", "Darnell", "Mei", "Rafael", "Yolanda", "Desmond",
         "Ingrid", "Omar", "Sofía", "Trevor", "Nadia", "Carlos", "Renée", "Jamal", "Beatriz", "Gregory")
LAST = ("Herrera", "Bell", "Albright", "Okafor", "Whitfield", "Lambert", "Castañeda", "Nguyen", "Delgado", "Brooks",
        "Ferreira", "Haddad", "Iverson", "Jaramillo", "Kowalski", "Lindqvist", "Mbeki", "Navarro", "Oyelaran",
        "Pellegrino", "Quiñones", "Rosales", "Salazar", "Thibodeaux", "Underwood")
STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
          "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
TITLES = ("Council Member", "County Commissioner", "Mayor", "School Board Member")


def many_signers(count: int = 2000) -> str:
    """`count` signers with distinct names (a middle initial after the first 500), in every state and DC."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "title", "jurisdiction", "state"])
    for number in range(count):
        first, last = FIRST[number % len(FIRST)], LAST[(number // len(FIRST)) % len(LAST)]
        middle = f" {'ABCDEFG'[number // 500 - 1]}." if number >= 500 else ""
        writer.writerow([f"{first}{middle} {last}", TITLES[number % 4], f"District {number % 37 + 1}",
                         STATES[number % len(STATES)]])
    return out.getvalue()


def test_a_letter_of_2000_signers_builds_and_stays_usable_on_a_phone(site, browser, serve, tmp_path) -> None:
    from newsroom.states import STATES as STATE_NAMES

    write_letter(site, many_signers())
    started = time.perf_counter()
    result = site.build(strict=True, now="2026-03-10")
    seconds = time.perf_counter() - started
    assert not result.failed, result.warnings
    assert seconds < 120, seconds  # a guard against a page that grows quadratic, not a benchmark

    base = serve(result.site_dir)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base + LETTER_URL)
    assert page.locator(".nr-signatories h2").inner_text() == "Signed by 2,000 officials from 50 states and DC"
    assert page.locator("details.nr-signatories__state").count() == 51
    assert page.locator("details.nr-signatories__state[open]").count() == 0  # a phone sees states, not 2,000 names
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator(".nr-signatories h2").scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "signatories-2000-390.png"))
    # Find in page: a name in a closed state is found, and Chromium's find machinery (here through a text
    # fragment link, which it resolves as Ctrl+F does) opens that state and scrolls the name into view.
    assert page.evaluate("window.find('Nadia Underwood')")
    page.goto(base + LETTER_URL + "#:~:text=" + quote("Nadia Underwood"))
    page.wait_for_function("document.querySelectorAll('details.nr-signatories__state[open]').length === 1")
    number = LAST.index("Underwood") * len(FIRST) + FIRST.index("Nadia")
    opened = page.locator("details.nr-signatories__state[open] .nr-signatories__state-name").inner_text()
    assert opened == STATE_NAMES[STATES[number % len(STATES)]]
    assert page.locator("li", has_text="Nadia Underwood").first.is_visible()
    page.screenshot(path=str(tmp_path / "signatories-2000-390-found.png"))
    page.close()


# ---------------------------------------------------------------------------
# The launch sign-on letter, as readers get it.

LAUNCH_LETTER = "press/2024/09/local-officials-urge-federal-heat-standard/"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_launch_letter_passes_axe_with_a_state_open(project_site, browser, scheme) -> None:
    from test_accessibility import violations

    with served(project_site.site_dir) as base:
        page = browser.new_page(color_scheme=scheme)
        page.goto(base + LAUNCH_LETTER)
        page.locator("summary", has_text="California").click()
        assert page.locator("details[open] li").count() > 10
        assert violations(page) == []
        page.close()


def test_the_launch_letter_counts_the_signers_of_its_file(project_site) -> None:
    rows = list(csv.DictReader(io.StringIO((REPO / "press/2024/heat-standard-letter-signers.csv").read_text("utf-8"))))
    states = {row["state"] for row in rows} - {"DC"}

    page = lxml.html.fromstring(project_site.page(LAUNCH_LETTER))

    expected = f"Signed by {len(rows)} officials from {len(states)} states and DC"
    assert words(page.find_class("nr-signatories")[0].find(".//h2")) == expected
    assert len(rows) > 200 and len(states) > 30
