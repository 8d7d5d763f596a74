"""The benchmark harness works: one real run on a small corpus, checked for correctness, never for speed.

`bench/run.py --count 200` generates the corpus, builds it with the project and as plain MkDocs,
runs `newsroom check`, times a preview rebuild and profiles the build, once for the whole module.
No assertion here is about seconds: CI machines differ, and the figures belong in bench/README.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
COUNT = 200
DATED_ITEM_PAGE = re.compile(r"^(blog|press)/\d{4}/\d{2}/[^/]+/index\.html$")


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The JSON results of one benchmark run (with the preview and the profile), plus its printed report."""
    work = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--count", str(COUNT), "--work", str(work),
         "--json", str(work / "results.json"), "--profile"],
        capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads((work / "results.json").read_text(encoding="utf-8"))
    results["report"] = done.stdout
    return results


def _manifest(results: dict[str, Any]) -> dict[str, Any]:
    return json.loads((Path(results["work"]) / "corpus" / "bench-manifest.json").read_text(encoding="utf-8"))


def _site(results: dict[str, Any], which: str = "corpus") -> Path:
    return Path(results["work"]) / which / "site"


def _front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    return yaml.load(text.split("---\n")[1], Loader=yaml.BaseLoader)  # dates stay text, as the site reads them


# ---------------------------------------------------------------------------
# The run


def test_both_builds_succeed_without_warnings(bench) -> None:
    assert bench["project"]["ok"] and bench["plain"]["ok"]
    # A warning naming a content file would mean the generator wrote an item the site rejects.
    assert [w for w in bench["project"]["warnings"] if re.search(r"\b(posts|press|toolkits)/", w)] == []
    assert bench["plain"]["warnings"] == []


def test_report_prints_the_table_and_every_measurement(bench) -> None:
    report = bench["report"]
    for label in ("wall time (s)", "CPU time (s)", "peak RSS (MB)", "HTML pages", "output size (MB)", "a/b",
                  "newsroom check:", "feeds (a):", "preview rebuild:", "search index (a):"):
        assert label in report
    for build in (bench["project"], bench["plain"]):
        # Two kernel counters, read at different moments: both present, not necessarily ordered.
        assert build["peak_rss_mb"] > 0 and build["own_peak_rss_mb"] > 0 and build["cpu_seconds"] > 0
    assert bench["ratios"]["seconds"] is not None


def test_plain_site_has_exactly_the_published_pages(bench) -> None:
    # Item pages, the hand-written docs pages, and MkDocs' 404 page: nothing else, nothing missing.
    assert bench["plain"]["html_pages"] == bench["published_pages"] + bench["docs_pages"] + 1
    assert bench["plain_correctness"]["published_pages_present"] == bench["published_pages"]


def test_project_site_has_every_published_page_plus_generated_ones(bench) -> None:
    c = bench["correctness"]
    assert c["published_pages_present"] == c["published_pages_expected"] == bench["published_pages"], c["missing"]
    assert bench["project"]["html_pages"] == (
        bench["published_pages"] + bench["docs_pages"] + 1 + bench["generated_pages"])
    assert bench["generated_pages"] >= 0


def test_dated_item_pages_are_exactly_the_published_posts_and_press_releases(bench) -> None:
    manifest = _manifest(bench)
    site = _site(bench)
    found = {p.relative_to(site).as_posix() for p in site.rglob("index.html")
             if DATED_ITEM_PAGE.match(p.relative_to(site).as_posix())}
    expected = {f"{i['url']}index.html" for i in manifest["items"]
                if i["status"] == "published" and i["section"] in ("posts", "press")}
    assert found == expected


def test_drafts_and_embargoed_items_are_counted_out(bench) -> None:
    manifest = _manifest(bench)
    statuses = Counter(i["status"] for i in manifest["items"])
    assert statuses["draft"] >= 1 and statuses["embargoed"] >= 1
    assert bench["published_items"] == statuses["published"] == COUNT - bench["unpublished_items"]
    for results in (bench["correctness"], bench["plain_correctness"]):
        assert results["unpublished_pages_present"] == []
        assert results["files_with_unpublished_words"] == []


def test_feeds_found_match_the_feeds_the_build_logged(bench) -> None:
    assert bench["feeds"] is not None, "the build no longer logs its feeds"
    assert bench["feed_files"] == bench["feeds"]["files"] > 0
    assert (_site(bench) / "feed.xml").is_file()


def test_newsroom_check_passes_on_the_generated_corpus(bench) -> None:
    check = bench["newsroom_check"]
    assert check["status"] == "ok", check


def test_preview_shows_the_edit_and_the_corpus_is_restored(bench) -> None:
    preview = bench["preview"]
    assert preview["status"] == "ok", preview
    edited = Path(bench["work"]) / "corpus" / preview["post"]
    assert "benchmarkedit" not in edited.read_text(encoding="utf-8")


def test_profile_lists_the_top_cumulative_entries(bench) -> None:
    profile = bench["profile"]
    assert profile["status"] == "ok", profile
    assert len(profile["cumulative"]) == 25
    assert any("mkdocs/commands/build.py" in row["function"] for row in profile["cumulative"])
    assert "top 25 by cumulative time" in bench["report"]


# ---------------------------------------------------------------------------
# The generator


def _generate(out: Path, count: int, seed: int = 1) -> None:
    subprocess.run([sys.executable, str(BENCH / "generate.py"), "--seed", str(seed), "--count", str(count),
                    "--out", str(out / "repo"), "--plain", str(out / "plain")],
                   check=True, capture_output=True, timeout=120)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generator_is_deterministic(tmp_path: Path) -> None:
    _generate(tmp_path / "one", 150)
    _generate(tmp_path / "two", 150)
    _generate(tmp_path / "other-seed", 150, seed=2)
    one = _tree(tmp_path / "one")
    assert one == _tree(tmp_path / "two")
    assert one != _tree(tmp_path / "other-seed")


def test_corpus_has_the_promised_shape(bench) -> None:
    manifest = _manifest(bench)
    corpus = Path(bench["work"]) / "corpus"
    sections = Counter(i["section"] for i in manifest["items"])
    assert sections == {"posts": 140, "press": 50, "toolkits": 10}
    assert any(2 <= len(i["chapters"]) <= 3 for i in manifest["items"] if i["section"] == "toolkits")
    pages = [p for i in manifest["items"] for p in (i, *i["chapters"])]
    assert all(400 <= p["words"] <= 900 for p in pages), sorted(p["words"] for p in pages)[:3]

    fronts = [_front_matter(corpus / i["source"]) for i in manifest["items"]]
    areas = [a["name"] for a in yaml.safe_load((REPO / "newsroom.yml").read_text(encoding="utf-8"))["issue_areas"]]
    assert all(1 <= len(f["issues"]) <= 3 and set(f["issues"]) <= set(areas) for f in fronts)
    assert {a for f in fronts for a in f["issues"]} == set(areas)
    years = sorted(f["date"][:4] for f in fronts)
    assert years[0] <= "2012" and years[-1] == "2026"
    assert sum("summary" in f for f in fronts) > 0.7 * len(fronts)
    assert len({p for f in fronts for p in f.get("partners", [])}) >= 20


def test_bodies_use_headings_lists_links_tables_and_quotes(bench) -> None:
    corpus = Path(bench["work"]) / "corpus"
    bodies = [(corpus / i["source"]).read_text(encoding="utf-8") for i in _manifest(bench)["items"]]
    assert all(re.search(r"^## ", b, re.M) and "](https://" in b for b in bodies)
    for mark in (r"^- ", r"^1\. ", r"^\|---", r"^> "):
        assert sum(bool(re.search(mark, b, re.M)) for b in bodies) > len(bodies) / 4, mark


def test_corpus_config_points_at_this_checkout_and_plain_config_has_no_hooks(bench) -> None:
    work = Path(bench["work"])
    project = yaml.load((work / "corpus" / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert project["hooks"] == [str(REPO / "hooks" / "site_hooks.py")]
    assert project["theme"]["custom_dir"] == str(REPO / "overrides")
    plain = yaml.load((work / "corpus-plain" / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "hooks" not in plain and "custom_dir" not in plain["theme"]
    assert plain["not_in_nav"].split() == ["/blog/", "/press/", "/toolkits/"]


def test_briefs_have_short_bodies_and_many_partners(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(BENCH / "generate.py"), "--count", "300", "--shape", "briefs",
                    "--out", str(tmp_path / "briefs"), "--plain", str(tmp_path / "plain")],
                   check=True, capture_output=True, timeout=120)
    manifest = json.loads((tmp_path / "briefs" / "bench-manifest.json").read_text(encoding="utf-8"))
    fronts = [_front_matter(tmp_path / "briefs" / i["source"]) for i in manifest["items"]]
    partners = [f.get("partners", []) for f in fronts]

    assert manifest["shape"] == "briefs"
    # Press releases keep their dateline, quote and boilerplate, so they run a little longer.
    assert all(p["words"] <= 320 for i in manifest["items"] for p in (i, *i["chapters"]))
    assert sorted(i["words"] for i in manifest["items"])[len(fronts) // 2] <= 200
    assert sum(len(p) >= 2 for p in partners) > 0.85 * len(fronts)
    assert len({name for p in partners for name in p}) > 300, "many partners: most named only once or twice"
    assert (tmp_path / "plain" / "mkdocs.yml").is_file()
