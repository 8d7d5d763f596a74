"""The `newsroom` command, as comms staff use it: in a repository, run in-process through `main(argv)`."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from newsroom.cli import main
from newsroom.fields import ITEM_FIELDS

PROBLEM_LINE = re.compile(r"^(?P<path>[^:\s]+):(?P<line>\d+): (?P<field>[^:]+): (?P<message>.+)$")


@dataclass
class Run:
    status: int
    out: str
    err: str


@pytest.fixture
def repo(site, monkeypatch):
    """The `site` fixture's repository with its mkdocs.yml written, as the current folder."""
    site.write("mkdocs.yml", yaml.safe_dump(site.config))
    monkeypatch.chdir(site.root)
    monkeypatch.delenv("NEWSROOM_NOW", raising=False)
    return site


@pytest.fixture
def newsroom(capsys):
    """Run `newsroom ARGS...` and return its exit status and output."""
    def run(*args: str) -> Run:
        capsys.readouterr()
        status = main(list(args))
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)
    return run


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


# ---------------------------------------------------------------------------
# newsroom new

NEW_ITEMS = {
    "post": ("posts/2024/2024-05-05-rent-relief-the-vote.md", "blog/2024/05/rent-relief-the-vote/"),
    "press": ("press/2024/2024-05-05-rent-relief-the-vote.md", "press/2024/05/rent-relief-the-vote/"),
    "toolkit": ("toolkits/rent-relief-the-vote.md", "toolkits/rent-relief-the-vote/"),
}


@pytest.mark.parametrize("kind", list(NEW_ITEMS))
def test_new_creates_the_file_where_the_contract_says_and_it_passes_check_and_builds(repo, newsroom, kind):
    path, url = NEW_ITEMS[kind]

    created = newsroom("new", kind, "Rent relief: the vote", "--issue", "Affordable Housing",
                       "--date", "2024-05-05 14:00")

    assert created.status == 0, created.err
    assert (repo.root / path).is_file()
    assert path in created.out
    assert f"https://example.org/{url}" in created.out
    checked = newsroom("check")
    assert checked.status == 0, checked.out
    assert checked.out.strip().splitlines()[-1].startswith("newsroom check: OK")
    # A draft: the preview shows it, the published site does not.
    published = repo.build(strict=True)
    assert not published.failed, published.warnings
    assert not published.exists(url)
    preview = repo.build(preview=True)
    assert "Rent relief: the vote" in preview.page(url)


def test_new_writes_complete_front_matter_that_survives_quotes_and_colons(repo, newsroom):
    title = "Mayors: \"Heat kills\" — it's time for a standard #1"

    newsroom("new", "press", title, "--issue", "climate", "--issue", "Workers Rights",
             "--partner", "Green Jobs Alliance", "--date", "2024-06-02 09:00")

    fields = front_matter(repo.root / "press/2024/2024-06-02-mayors-heat-kills-its-time-for-a-standard-1.md")
    assert fields["title"] == title
    assert str(fields["date"]) == "2024-06-02 09:00"
    # Written as the vocabulary spells them, though typed loosely.
    assert fields["issues"] == ["Climate", "Workers' Rights"]
    assert fields["partners"] == ["Green Jobs Alliance"]
    assert set(fields) <= set(ITEM_FIELDS)
    assert {"title", "date", "issues", "partners", "authors", "summary", "draft", "embargo"} <= set(fields)
    assert fields["draft"] is True


def test_a_new_press_release_has_a_dateline_field_and_no_pasted_boilerplate_or_contact(repo, newsroom):
    newsroom("new", "press", "Network launches", "--issue", "Democracy", "--date", "2024-01-23")

    path = repo.root / "press/2024/2024-01-23-network-launches.md"
    fields = front_matter(path)
    body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
    # The build prints the dateline, the contacts, the end mark and the boilerplate (tests/test_releases.py).
    assert "dateline" in fields
    paragraphs = [p for p in body.split("\n\n") if p.strip() and not p.lstrip().startswith("<!--")]
    text = "\n\n".join(paragraphs)
    assert "About the" not in text and "Press contact" not in text and "###" not in text
    assert paragraphs[0].startswith("The Municipal Justice Network today announced")


def test_a_new_press_release_names_the_press_office_of_the_repository_as_its_contact(repo, newsroom):
    repo.write("data/media.yml", "contacts:\n  - name: Alex Moreno\n    email: press@example.org\n"
                                 "  - name: Sam Okoye\n    email: sam@example.org\n"
                                 "boilerplate: The Fixture Network unites local officials.\n")

    newsroom("new", "press", "Network launches", "--issue", "Democracy", "--date", "2024-01-23")

    path = repo.root / "press/2024/2024-01-23-network-launches.md"
    assert front_matter(path)["contacts"] == ["alex-moreno"]
    assert "The Fixture Network unites local officials." not in path.read_text(encoding="utf-8")
    assert newsroom("check").status == 0


def test_a_post_and_a_toolkit_get_a_body_of_their_own(repo, newsroom):
    newsroom("new", "post", "Why counsel works", "--issue", "Democracy", "--date", "2024-01-23")
    newsroom("new", "toolkit", "Counsel toolkit", "--issue", "Democracy", "--date", "2024-01-23")

    post = (repo.root / "posts/2024/2024-01-23-why-counsel-works.md").read_text(encoding="utf-8")
    toolkit = (repo.root / "toolkits/counsel-toolkit.md").read_text(encoding="utf-8")
    assert "Press contact" not in post and "Press contact" not in toolkit
    assert "## Who this toolkit is for" in toolkit
    assert front_matter(repo.root / "toolkits/counsel-toolkit.md")["featured"] is False


def test_new_dates_the_item_now_in_the_site_time_zone(repo, newsroom, monkeypatch):
    # 02:30 UTC on 9 March is still the evening of 8 March in New York.
    monkeypatch.setenv("NEWSROOM_NOW", "2026-03-09T02:30:00+00:00")

    created = newsroom("new", "post", "Late news", "--issue", "Democracy")

    assert created.status == 0, created.err
    path = repo.root / "posts/2026/2026-03-08-late-news.md"
    assert str(front_matter(path)["date"]) == "2026-03-08 22:30"
    assert "blog/2026/03/late-news/" in created.out


def test_new_never_overwrites_an_existing_file(repo, newsroom):
    first = newsroom("new", "post", "Rent relief", "--issue", "Democracy", "--date", "2024-05-05")
    path = repo.root / "posts/2024/2024-05-05-rent-relief.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nThe author's own words.\n", encoding="utf-8")
    before = path.read_bytes()

    second = newsroom("new", "post", "Rent relief", "--issue", "Democracy", "--date", "2024-05-05")

    assert first.status == 0
    assert second.status == 1
    assert "posts/2024/2024-05-05-rent-relief.md already exists" in second.err
    assert "never overwrites" in second.err
    assert path.read_bytes() == before


def test_new_refuses_an_address_another_item_has(repo, newsroom):
    repo.item("toolkits/fair-elections/index.md", title="Fair elections")

    refused = newsroom("new", "toolkit", "Fair elections", "--issue", "Democracy")

    assert refused.status == 1
    assert "/toolkits/fair-elections/" in refused.err and "toolkits/fair-elections/index.md" in refused.err
    assert not (repo.root / "toolkits/fair-elections.md").exists()


def test_a_misspelled_issue_gets_the_build_suggestion_and_nothing_is_written(repo, newsroom):
    refused = newsroom("new", "post", "Oversight", "--issue", "Polic Reform", "--date", "2024-05-05")

    assert refused.status == 1
    assert "posts/2024/2024-05-05-oversight.md was not created" in refused.err
    assert "issues: 'Polic Reform' is not one of the site's issue areas. Did you mean 'Police Reform'?" in refused.err
    assert "--issue" in refused.err
    assert not (repo.root / "posts").exists()


def test_new_without_an_issue_lists_the_issue_areas(repo, newsroom):
    refused = newsroom("new", "post", "Oversight")

    assert refused.status == 1
    assert "--issue" in refused.err and "Police Reform" in refused.err


def test_new_with_an_impossible_date_names_the_option_and_the_fix(repo, newsroom):
    refused = newsroom("new", "post", "Oversight", "--issue", "Democracy", "--date", "2024-02-30")

    assert refused.status == 1
    assert "--date: '2024-02-30' is not a real date" in refused.err


def test_new_notes_a_partner_spelt_like_a_known_one(repo, newsroom):
    repo.item("posts/a.md", partners=["Center for Popular Democracy"])

    created = newsroom("new", "post", "Joint", "--issue", "Democracy", "--partner", "Center for Popular Democrcy",
                       "--date", "2024-05-06")

    assert created.status == 0
    assert "'Center for Popular Democrcy' looks like 'Center for Popular Democracy'" in created.out


# ---------------------------------------------------------------------------
# newsroom check

BAD_INPUT = {
    "unreadable-yaml.md": "---\ntitle: Rent relief: the vote\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n",
    "missing-field.md": "---\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n",
    "impossible-date.md": "---\ntitle: Rent\ndate: 2024-02-30\nissues: [Climate]\n---\n\nText\n",
    "unknown-issue.md": "---\ntitle: Rent\ndate: 2024-05-05\nissues: [Police Reforms]\n---\n\nText\n",
    "unknown-field.md": "---\ntitle: Rent\ndate: 2024-05-05\nissues: [Climate]\nisues: [Democracy]\n---\n\nText\n",
    "not-utf8.md": "---\ntitle: Peñasco\ndate: 2024-05-05\nissues: [Climate]\n---\n\nText\n".encode("latin-1"),
    "empty.md": "",
    # Two files, one address: /press/2024/05/same-address/.
    "same-address.md": "---\ntitle: First\ndate: 2024-05-01\nissues: [Climate]\n---\n\nText\n",
    "2024-05-20-same-address.md": "---\ntitle: Later\ndate: 2024-05-20\nissues: [Climate]\n---\n\nText\n",
}
EXPECTED = {
    "unreadable-yaml.md": ("2", "title", "in double quotes"),
    "missing-field.md": ("2", "title", "is missing"),
    "impossible-date.md": ("3", "date", "is not a real date"),
    "unknown-issue.md": ("4", "issues", "Did you mean 'Police Reform'?"),
    "unknown-field.md": ("5", "isues", "Did you mean 'issues'?"),
    "not-utf8.md": ("1", "file", "is not UTF-8"),
    "empty.md": ("1", "file", "is empty"),
    "2024-05-20-same-address.md": ("1", "slug", "press/bad/same-address.md"),
}


def test_check_names_every_bad_file_in_one_run(repo, newsroom):
    for name, text in BAD_INPUT.items():
        repo.write(f"press/bad/{name}", text)
    repo.item("posts/fine.md")

    checked = newsroom("check", "press/bad")

    assert checked.status == 1
    lines = checked.out.splitlines()
    assert all(PROBLEM_LINE.match(line) for line in lines), lines
    found = {PROBLEM_LINE.match(line)["path"] for line in lines}
    assert found == {f"press/bad/{name}" for name in EXPECTED}
    for name, (line, field, fix) in EXPECTED.items():
        assert any(l.startswith(f"press/bad/{name}:{line}: {field}: ") and fix in l for l in lines), (name, lines)
    assert "8 problems in 8 files" in checked.err


def test_check_gives_the_build_messages_word_for_word(repo, newsroom):
    for name, text in BAD_INPUT.items():
        repo.write(f"press/bad/{name}", text)

    checked = newsroom("check")
    built = repo.build(strict=True)

    assert built.failed
    for line in checked.out.splitlines():
        assert any(warning.startswith(line) for warning in built.warnings), line


def test_check_on_clean_content_says_ok_in_one_line(repo, newsroom):
    repo.item("posts/2024/rent.md")
    repo.item("press/2024/launch.md", partners=["Center for Tenant Power"])
    repo.item("toolkits/counsel/index.md")
    repo.write("toolkits/counsel/01-intro.md", "---\ntitle: Intro\n---\n\nText\n")

    checked = newsroom("check")

    assert checked.status == 0
    assert checked.err == ""
    assert checked.out == "newsroom check: OK, 3 items and 1 chapter checked, no problems\n"


def test_check_of_some_paths_reports_only_theirs(repo, newsroom):
    repo.write("posts/bad.md", "")
    repo.item("press/good.md")

    assert newsroom("check", "press").status == 0
    assert newsroom("check", "press/good.md").status == 0
    assert newsroom("check", "posts/bad.md").status == 1


def test_check_finds_an_address_taken_by_drafts_and_embargoed_items_too(repo, newsroom):
    repo.item("posts/a/plan.md", draft=True)
    repo.item("posts/b/plan.md", date="2024-05-20", embargo="2030-01-01")

    checked = newsroom("check", "posts/a/plan.md")

    # Reported on the later file, and shown when checking only the earlier one.
    assert checked.status == 1
    assert checked.out.startswith(
        "posts/b/plan.md:1: slug: gives the address /blog/2024/05/plan/ which posts/a/plan.md already has")


def test_check_reports_a_path_that_names_no_content(repo, newsroom):
    repo.item("posts/a.md")
    repo.write("notes.md", "Just notes\n")

    checked = newsroom("check", "posts/missing.md", "notes.md")

    assert checked.status == 1
    assert "posts/missing.md:1: file: does not exist" in checked.out
    assert "notes.md:1: file: is not a file the site reads as content" in checked.out


def test_check_warns_about_a_partner_spelt_like_another(repo, newsroom):
    for n in range(3):
        repo.item(f"posts/{n}.md", partners=["Center for Popular Democracy"])
    repo.item("press/joint.md", partners=["Center for Tenant Power", "Center for Popular Democrcy"])
    repo.item("press/other.md", partners=["Center for Tenant Rights"])

    checked = newsroom("check")

    assert checked.out.splitlines()[0] == (
        "press/joint.md:4: partners: warning: 'Center for Popular Democrcy' looks like "
        "'Center for Popular Democracy', which 3 items use: if it is the same organisation, write it "
        "'Center for Popular Democracy' so both share one partner page; if they are different organisations, "
        "ignore this warning"
    )
    assert "Tenant" not in checked.out
    # A likeness is a guess, not a fault: two organisations may be named alike.
    assert checked.status == 0
    assert "1 warning above" in checked.out


def test_check_finds_the_repository_from_a_subfolder_or_from_root(repo, newsroom, monkeypatch, tmp_path):
    repo.write("posts/2024/bad.md", "")

    monkeypatch.chdir(repo.root / "posts" / "2024")
    from_below = newsroom("check")
    monkeypatch.chdir(tmp_path)
    given = newsroom("check", "--root", str(repo.root))
    given_first = newsroom("--root", str(repo.root), "check")
    nowhere = newsroom("check")

    assert from_below.status == given.status == given_first.status == 1
    assert from_below.out.startswith("posts/2024/bad.md:1: file: is empty")
    assert given.out == given_first.out == from_below.out
    assert nowhere.status == 1 and "no mkdocs.yml" in nowhere.err and "--root" in nowhere.err


def test_a_bad_settings_file_is_reported_first(repo, newsroom):
    repo.write("newsroom.yml", "timezone: Mars/Olympus_Mons\n")

    checked = newsroom("check")

    assert checked.status == 1
    assert "newsroom.yml:1: timezone: 'Mars/Olympus_Mons' is not a time zone" in checked.err


# ---------------------------------------------------------------------------
# newsroom schedule


def test_schedule_prints_the_next_moment_something_becomes_public(repo, newsroom, monkeypatch):
    repo.item("posts/old.md", date="2025-12-01")
    repo.item("posts/draft.md", date="2026-01-20", draft=True)
    repo.item("press/embargoed.md", date="2026-01-10", embargo="2026-02-03 09:00")
    repo.item("posts/later.md", date="2026-02-03 09:00")
    repo.item("toolkits/far.md", date="2026-06-01")
    monkeypatch.setenv("NEWSROOM_NOW", "2026-01-15T12:00:00Z")

    scheduled = newsroom("schedule")

    assert scheduled.status == 0
    assert scheduled.out.splitlines() == [
        "2026-02-03T09:00:00-05:00 posts/later.md (date)",
        "2026-02-03T09:00:00-05:00 press/embargoed.md (embargo)",
    ]


def test_schedule_says_so_when_nothing_is_scheduled(repo, newsroom, monkeypatch):
    repo.item("posts/old.md", date="2025-12-01")
    repo.item("posts/draft.md", date="2026-03-01", draft=True)
    monkeypatch.setenv("NEWSROOM_NOW", "2026-01-15")

    scheduled = newsroom("schedule")

    assert scheduled.status == 0
    assert scheduled.out.startswith("Nothing is scheduled")


def test_schedule_mentions_files_it_could_not_read(repo, newsroom, monkeypatch):
    repo.write("press/broken.md", "")
    monkeypatch.setenv("NEWSROOM_NOW", "2026-01-15")

    scheduled = newsroom("schedule")

    assert scheduled.status == 0
    assert "1 file with problems" in scheduled.err and "newsroom check" in scheduled.err


# ---------------------------------------------------------------------------
# Help and installation


@pytest.mark.parametrize("command", [[], ["new"], ["check"], ["schedule"]])
def test_every_command_has_help_with_examples(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])

    assert exit_.value.code == 0
    assert "examples:\n  newsroom " in capsys.readouterr().out


def test_the_newsroom_command_is_installed():
    script = Path(sys.executable).parent / "newsroom"

    shown = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)

    assert "{new,check,schedule}" in shown.stdout


def test_check_reports_the_media_data_files_too(repo, capsys) -> None:
    repo.write("data/in-the-news.yml", "- outlet: The Riverside Ledger\n  headline: Cities act\n"
                                       "  date: 2025-13-01\n  url: https://ledger.example/a\n")

    assert main(["--root", str(repo.root), "check"]) == 1
    assert "data/in-the-news.yml:3: date of entry 1 (The Riverside Ledger):" in capsys.readouterr().out
    assert main(["--root", str(repo.root), "check", "data/in-the-news.yml"]) == 1


def test_check_reports_two_partner_spellings_with_one_page_like_the_build(repo, capsys) -> None:
    repo.item("posts/a.md", date="2024-02-01", partners=["Peñasco Co"])
    repo.item("posts/b.md", date="2024-03-01", partners=["Penasco Co"])

    assert main(["--root", str(repo.root), "check"]) == 1
    assert "posts/b.md:4: partners: 'Penasco Co' and 'Peñasco Co'" in capsys.readouterr().out
