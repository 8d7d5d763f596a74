"""The benchmark: one generated corpus built (a) by this project and (b) as plain MkDocs + Material pages.

    python bench/run.py --count 2000 [--shape articles|briefs] [--seed 1] [--work DIR] [--repeat N] [--json FILE] [--profile] [--no-serve]

In one run: generate both corpora (`generate.py`), build each with `mkdocs build` in its own process,
one after the other, and print wall time, peak memory, HTML pages and output size for each, with the
ratios a/b; then the time of `newsroom check`, of the feeds (from the build's log), the size of the
search index, and the time the preview (`mkdocs serve`) takes to show an edit to one post. A piece the
project has not built yet is reported as "n/a (not built yet)"; the benchmark itself never fails on it.
It also checks what it built: every published item has its page, no draft or embargoed one does.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import pstats
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

NOW = generate.DEFAULT_NOW
MB = 1024 * 1024
NOT_BUILT = "n/a (not built yet)"
FEEDS_LINE = re.compile(r"feeds: (\d+) files in ([\d.]+)\s*s")
INDEXING_LINE = re.compile(r"search index: built in ([\d.]+)\s*s(?:, ([\d.]+)\s*s of it after the pages)?")
FEED_FILES = ("feed.xml", "atom.xml", "feed.json")
SERVE_START_LIMIT = 900.0
"""Seconds the preview's first build may take before the measurement gives up (a 5,000-item corpus is slow)."""
SERVE_EDIT_LIMIT = 120.0
"""Seconds to wait for an edited post to show in the preview."""


# ---------------------------------------------------------------------------
# Running a measured child process


@dataclass
class Run:
    """One child process: how it ended, how long it took, its peak memory and its output."""

    command: list[str]
    returncode: int
    seconds: float
    peak_rss_mb: float
    """The largest resident set of the child or of any process it ran and waited for (e.g. Pagefind)."""
    own_peak_rss_mb: float
    """The child's own high-water mark (Linux `VmHWM`), sampled while it runs; 0 where /proc is missing."""
    log: str
    cpu_seconds: float = 0.0
    """User and system CPU time of the child and every process it waited for: the work done, whatever the load."""
    own_cpu_seconds: float = 0.0
    """The child's own CPU time (Linux `/proc/PID/stat`), sampled while it runs: MkDocs without Pagefind."""
    tree_peak_rss_mb: float = 0.0
    """The largest sum of the resident sets of the child and all its descendants at one moment, sampled."""


def python() -> str:
    """The project's interpreter: builds run with the project's own dependencies and hooks."""
    venv = PROJECT / ".venv" / "bin" / "python"
    return str(venv) if venv.is_file() else sys.executable


def bench_env(now: str) -> dict[str, str]:
    """The environment of every child: the build's clock fixed, the MkDocs 2.0 banner off."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NEWSROOM_NOW": now, "PYTHONUNBUFFERED": "1"}


def measure(command: list[str], cwd: Path, env: dict[str, str], log_path: Path) -> Run:
    """Run `command` to its end and measure it.

    The peak memory comes from `wait4`, for this child alone: `getrusage(RUSAGE_CHILDREN)` keeps the
    largest child seen so far, so two builds measured one after the other would mask each other.
    `wait4` counts the child's own children too (as their maximum, not their sum), so the child's
    own high-water mark is sampled as well, to tell MkDocs from a tool it runs.
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    own_peak_kb = tree_peak_kb = 0
    own_ticks = 0
    with log_path.open("w", encoding="utf-8") as log:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            own_peak_kb = max(own_peak_kb, _high_water_kb(child.pid))
            tree_peak_kb = max(tree_peak_kb, sum(_rss_kb(p) for p in _tree(child.pid)))
            own_ticks = max(own_ticks, _cpu_ticks(child.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4: tell Popen
    # Linux reports ru_maxrss in KiB.
    return Run(command, child.returncode, seconds, usage.ru_maxrss / 1024, own_peak_kb / 1024,
               log_path.read_text(encoding="utf-8", errors="replace"), usage.ru_utime + usage.ru_stime,
               own_ticks / os.sysconf("SC_CLK_TCK"), tree_peak_kb / 1024)


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants (Linux `/proc/PID/task/*/children`)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return found


def _rss_kb(pid: int) -> int:
    try:
        found = re.search(r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    except OSError:
        return 0
    return int(found.group(1)) if found else 0


def _cpu_ticks(pid: int) -> int:
    """User plus system clock ticks of the process itself (fields 14 and 15 of /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])


def _high_water_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) if found else 0


# ---------------------------------------------------------------------------
# Builds


@dataclass
class Build:
    """One `mkdocs build` of a corpus, and what it wrote."""

    name: str
    ok: bool
    seconds: float
    peak_rss_mb: float
    own_peak_rss_mb: float
    tree_peak_rss_mb: float
    cpu_seconds: float
    own_cpu_seconds: float
    html_pages: int
    output_mb: float
    warnings: list[str]
    search_index: dict[str, Any] | None
    indexing_seconds: float | None
    """The search indexing step, from the build's log, when the project logs it."""
    log: str = field(repr=False)
    runs: list[float] = field(default_factory=list)
    """Wall times of every repetition (`--repeat`); this build is their median run."""


def build_site(name: str, corpus: Path, env: dict[str, str], logs: Path) -> Build:
    """`mkdocs build` of `corpus` into its `site/`, measured."""
    run = measure([python(), "-m", "mkdocs", "build", "--clean", "-f", str(corpus / "mkdocs.yml")],
                  corpus, env, logs / f"build-{name}.log")
    site = corpus / "site"
    files = [p for p in site.rglob("*") if p.is_file()] if site.is_dir() else []
    return Build(
        name=name,
        ok=run.returncode == 0,
        seconds=run.seconds,
        peak_rss_mb=run.peak_rss_mb,
        own_peak_rss_mb=run.own_peak_rss_mb,
        cpu_seconds=run.cpu_seconds,
        own_cpu_seconds=run.own_cpu_seconds,
        tree_peak_rss_mb=run.tree_peak_rss_mb,
        html_pages=sum(1 for p in files if p.suffix == ".html"),
        output_mb=sum(p.stat().st_size for p in files) / MB,
        warnings=[line for line in run.log.splitlines() if line.startswith(("WARNING", "ERROR"))],
        search_index=search_index(site),
        indexing_seconds=indexing_from_log(run.log),
        log=run.log,
    )


def build_both(corpus: Path, plain: Path, env: dict[str, str], logs: Path, repeat: int) -> tuple[Build, Build]:
    """Each corpus built `repeat` times, alternating so both meet the same machine; the median run of each."""
    project_runs: list[Build] = []
    plain_runs: list[Build] = []
    for n in range(1, repeat + 1):
        _progress(f"build {n}/{repeat}: the project ...")
        project_runs.append(build_site("project", corpus, env, logs))
        _progress(f"build {n}/{repeat}: the plain MkDocs floor ...")
        plain_runs.append(build_site("plain", plain, env, logs))
    return median_run(project_runs), median_run(plain_runs)


def median_run(runs: list[Build]) -> Build:
    """The run with the median wall time (the lower one of an even count): a real run, not an average."""
    chosen = sorted(runs, key=lambda b: b.seconds)[(len(runs) - 1) // 2]
    chosen.ok = all(b.ok for b in runs)
    chosen.runs = [round(b.seconds, 2) for b in runs]
    return chosen


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def search_index(site: Path) -> dict[str, Any] | None:
    """The size of what a reader's browser may fetch to search: Material's index or Pagefind's folder."""
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        files = [p for p in pagefind.rglob("*") if p.is_file()]
        return {"kind": "pagefind/", "files": len(files), "mb": sum(p.stat().st_size for p in files) / MB}
    material = site / "search" / "search_index.json"
    if material.is_file():
        return {"kind": "search/search_index.json", "files": 1, "mb": material.stat().st_size / MB}
    return None


def feeds_from_log(log: str) -> dict[str, Any] | None:
    """`feeds: N files in X.XXs`, as the project's hook logs it, or None before the feeds exist."""
    found = FEEDS_LINE.search(log)
    return {"files": int(found.group(1)), "seconds": float(found.group(2))} if found else None


def indexing_from_log(log: str) -> float | None:
    """Seconds the build spends on the search index alone, from its log line, when it logs one.

    `search index: built in X.XXs, Y.YYs of it after the pages`: Pagefind started while the listings
    were rendering, and the build waited Y s for it at the end; older builds logged only X.
    """
    found = INDEXING_LINE.search(log)
    if not found:
        return None
    return float(found.group(2) if found.group(2) is not None else found.group(1))


def count_feed_files(site: Path) -> int:
    return sum(1 for name in FEED_FILES for _ in site.rglob(name)) if site.is_dir() else 0


# ---------------------------------------------------------------------------
# Correctness of what was built


def check_output(site: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """Published pages present, unpublished ones absent, and no unpublished code word anywhere."""
    published, unpublished = [], []
    for item in meta["items"]:
        urls = [item["url"], *(c["url"] for c in item["chapters"])]
        (published if item["status"] == "published" else unpublished).extend(urls)
    present = [u for u in published if (site / u / "index.html").is_file()]
    shown = [u for u in unpublished if (site / u / "index.html").is_file()]
    return {
        "published_pages_expected": len(published),
        "published_pages_present": len(present),
        "missing": [u for u in published if u not in set(present)][:10],
        "unpublished_pages_present": shown,
        "files_with_unpublished_words": leaked_files(site),
    }


def leaked_files(site: Path) -> list[str]:
    """Output files (pages, feeds, sitemap, search index) naming a draft's or embargoed item's code word."""
    return [path.relative_to(site).as_posix() for path in sorted(site.rglob("*"))
            if path.is_file() and generate.MARKER.search(readable_text(path))]


def readable_text(path: Path) -> str:
    """The text of an output file; Pagefind's `.pf_*` index files are gzip-compressed."""
    if path.suffix.startswith(".pf_"):
        try:
            return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        except (OSError, EOFError):
            return ""
    if path.suffix in (".html", ".xml", ".json", ".txt", ".js"):
        return path.read_text(encoding="utf-8", errors="replace")
    return ""


# ---------------------------------------------------------------------------
# newsroom check


def newsroom_check(corpus: Path, env: dict[str, str], logs: Path) -> dict[str, Any]:
    """Time `newsroom check` on the whole corpus, if the command exists yet."""
    command = Path(python()).parent / "newsroom"
    if not command.is_file():
        return {"status": NOT_BUILT}
    run = measure([str(command), "check"], corpus, env, logs / "newsroom-check.log")
    if run.returncode == 0:
        return {"status": "ok", "seconds": run.seconds, "peak_rss_mb": run.peak_rss_mb,
                "output": run.log.strip().splitlines()[-1:]}
    if re.search(r"ModuleNotFoundError|ImportError|invalid choice|No such command", run.log):
        return {"status": NOT_BUILT}
    return {"status": f"failed (exit {run.returncode})", "seconds": run.seconds,
            "output": run.log.strip().splitlines()[-5:]}


# ---------------------------------------------------------------------------
# The preview


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text, or None while the server is not up or the page not there."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(url: str, word: str | None, limit: float, server: subprocess.Popen) -> bool:
    """Whether `url` answered (containing `word`) within `limit` seconds, polling while the server lives."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if server.poll() is not None:
            return False
        page = fetch(url)
        if page is not None and (word is None or word in page):
            return True
        time.sleep(0.05)
    return False


def preview_rebuild(corpus: Path, meta: dict[str, Any], env: dict[str, str], logs: Path) -> dict[str, Any]:
    """Start `mkdocs serve --dirty`, append a sentence with a unique word to one post, time until its page shows it."""
    post = next(i for i in meta["items"] if i["section"] == "posts" and i["status"] == "published")
    source = corpus / post["source"]
    original = source.read_bytes()
    port = free_port()
    mount = urlsplit(_site_url(corpus)).path or "/"
    base = f"http://127.0.0.1:{port}{mount}"
    word = f"benchmarkedit{int(time.time())}"
    log_path = logs / "serve.log"
    with log_path.open("w", encoding="utf-8") as log:
        start = time.perf_counter()
        # A session of its own, so stopping it signals this server only. Ctrl-C must work in it even when
        # the benchmark runs in the background, where shells start commands with SIGINT ignored.
        server = subprocess.Popen(
            # As `make serve` runs it: --dirty rebuilds only what an edit changes.
            [python(), "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}", "-f",
             str(corpus / "mkdocs.yml")],
            cwd=corpus, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=_default_sigint)
        try:
            if not wait_for(base, None, SERVE_START_LIMIT, server):
                return {"status": "failed: the preview never answered", "log": _tail(log_path)}
            # From the server's start: its first full build, as an author waits for it.
            first_build = time.perf_counter() - start
            time.sleep(1.0)  # let the file watcher settle after the first build
            edit_start = time.perf_counter()
            source.write_bytes(original + f"\nThe council adopted the {word} amendment this week.\n".encode())
            if not wait_for(base + post["url"], word, SERVE_EDIT_LIMIT, server):
                return {"status": f"failed: the edit did not show within {SERVE_EDIT_LIMIT:.0f} s",
                        "first_build_seconds": first_build, "log": _tail(log_path)}
            return {"status": "ok", "seconds": time.perf_counter() - edit_start,
                    "first_build_seconds": first_build, "post": post["source"]}
        finally:
            stop(server)
            source.write_bytes(original)  # the corpus stays what the generator wrote


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop(server: subprocess.Popen) -> None:
    """Stop the preview as Ctrl-C would, so it removes its temporary site; kill it if it hangs."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _site_url(corpus: Path) -> str:
    config = generate.load_mkdocs_yml(corpus / "mkdocs.yml")
    return str(config.get("site_url") or "/")


def _tail(path: Path, lines: int = 8) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]


# ---------------------------------------------------------------------------
# Profile


def profile_build(corpus: Path, env: dict[str, str], work: Path, top: int = 25) -> dict[str, Any]:
    """The project build again, under cProfile (slower: its times are for comparison, not the table)."""
    stats_file = work / "profile.pstats"
    run = measure([python(), "-m", "cProfile", "-o", str(stats_file), "-m", "mkdocs", "build", "--clean",
                   "-f", str(corpus / "mkdocs.yml"), "-d", str(work / "profile-site")],
                  corpus, env, work / "logs" / "profile.log")
    if not stats_file.is_file():
        return {"status": f"failed (exit {run.returncode})", "log": run.log.splitlines()[-8:]}
    stats = pstats.Stats(str(stats_file))
    shutil.rmtree(work / "profile-site", ignore_errors=True)
    rows = profile_rows(stats)
    ours = [r for r in rows if r["function"].startswith(("hooks/", "overrides/"))]
    return {"status": "ok", "seconds": round(run.seconds, 2), "stats_file": str(stats_file),
            "cumulative": top_entries(rows, "cumulative_s", top),
            "own_time": top_entries(rows, "own_s", 15),
            "project_code": top_entries(ours, "cumulative_s", 15)}


# Frames that only launch the build (`python -m`, click): each would top the cumulative list at 100%.
_LAUNCHER = re.compile(r"^(<string>|<frozen runpy>|click/|mkdocs/__main__\.py|<built-in method builtins\.exec>)")


def profile_rows(stats: pstats.Stats) -> list[dict[str, Any]]:
    """Every profiled function but the launcher's, with its place written from its package."""
    rows = [
        {"calls": nc, "own_s": round(tt, 3), "cumulative_s": round(ct, 3), "function": _where(file, line, name)}
        for (file, line, name), (_, nc, tt, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
    ]
    return [r for r in rows if not _LAUNCHER.match(r["function"])]


def top_entries(rows: list[dict[str, Any]], key: str, top: int) -> list[dict[str, Any]]:
    """The `top` rows by `key` (`cumulative_s` or `own_s`)."""
    return sorted(rows, key=lambda r: r[key], reverse=True)[:top]


def _where(file: str, line: int, name: str) -> str:
    """`mkdocs/commands/build.py:310(_build_page)`: paths from the package, not the machine."""
    if file == "~":
        return f"<built-in method {name.strip('<>').removeprefix('built-in method ')}>" if name.startswith("<built-in") else name
    for marker in ("site-packages/", str(PROJECT) + "/", "/lib/python"):
        if marker in file:
            file = file.split(marker, 1)[1]
            break
    return f"{file}:{line}({name})"


def format_profile(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'calls':>9} {'own s':>8} {'cum s':>8}  function"]
    lines += [f"{r['calls']:>9} {r['own_s']:>8.2f} {r['cumulative_s']:>8.2f}  {r['function']}" for r in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# The report


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def format_table(a: Build, b: Build) -> str:
    """Project vs plain floor, one figure per row, with a/b."""
    def row(label: str, va: float, vb: float, fmt: str) -> str:
        return f"{label:<24}{format(va, fmt):>14}{format(vb, fmt):>14}{ratio(va, vb):>9}"

    lines = [f"{'':<24}{'project (a)':>14}{'plain (b)':>14}{'a/b':>9}",
             row("wall time (s)", a.seconds, b.seconds, ".1f")]
    if a.indexing_seconds is not None or b.indexing_seconds is not None:
        before_a = a.seconds - (a.indexing_seconds or 0.0)
        before_b = b.seconds - (b.indexing_seconds or 0.0)
        lines.append(row("  before indexing (s)", before_a, before_b, ".1f"))
    lines += [
        row("CPU time (s)", a.cpu_seconds, b.cpu_seconds, ".1f"),
        row("  mkdocs process only", a.own_cpu_seconds, b.own_cpu_seconds, ".1f"),
        row("peak RSS (MB)", a.peak_rss_mb, b.peak_rss_mb, ".0f"),
        row("  mkdocs process only", a.own_peak_rss_mb, b.own_peak_rss_mb, ".0f"),
        row("  all processes at once", a.tree_peak_rss_mb, b.tree_peak_rss_mb, ".0f"),
        row("HTML pages", a.html_pages, b.html_pages, "d"),
        row("output size (MB)", a.output_mb, b.output_mb, ".1f"),
        row("search index (MB)", a.search_index["mb"] if a.search_index else 0.0,
            b.search_index["mb"] if b.search_index else 0.0, ".2f"),
    ]
    return "\n".join(lines)


def _search_line(build: Build) -> str:
    index = build.search_index
    if index is None:
        return "none"
    timing = f", indexed in {build.indexing_seconds:.2f} s" if build.indexing_seconds is not None else ""
    return f"{index['kind']}, {index['files']} file(s), {index['mb']:.2f} MB{timing}"


def _preview_line(serve: dict[str, Any] | None) -> str:
    if serve is None:
        return "skipped (--no-serve)"
    if serve["status"] != "ok":
        return serve["status"]
    return (f"{serve['seconds']:.2f} s after editing {serve['post']} "
            f"(the preview's first build: {serve['first_build_seconds']:.1f} s)")


def format_report(results: dict[str, Any], a: Build, b: Build) -> str:
    """Everything the run measured, as the team reads it in a terminal."""
    repeat = f", median of {results['repeat']} runs each" if results["repeat"] > 1 else ""
    load = results["machine"]
    out = [f"Benchmark: {results['count']} {results['shape']} (seed {results['seed']}), NEWSROOM_NOW={results['now']}: "
           f"{results['published_items']} published items, {results['published_pages']} item pages{repeat}",
           f"machine: {load['cpus']} CPUs, load average {load['load_average_1min']} at the start, "
           f"{load['load_average_1min_at_end']} at the end", ""]
    for build in (a, b):
        if not build.ok:
            out.append(f"!! build {build.name} FAILED: see {results['logs']}/build-{build.name}.log")
    out.append(format_table(a, b))
    if results["repeat"] > 1:
        pairs = ", ".join(ratio(x, y) for x, y in zip(a.runs, b.runs))
        out.append(f"wall time a/b of each pair of runs: {pairs}")
    out.append("")
    feeds = results["feeds"]
    check = results["newsroom_check"]
    c = results["correctness"]
    out += [
        f"search index (a):       {_search_line(a)}",
        f"search index (b):       {_search_line(b)}",
        "feeds (a):              " + (f"{feeds['files']} files in {feeds['seconds']:.2f} s" if feeds else NOT_BUILT),
        "newsroom check:         " + (f"{check['seconds']:.2f} s" if check["status"] == "ok" else check["status"]),
        f"preview rebuild:        {_preview_line(results['preview'])}",
        f"generated pages (a):    {results['generated_pages']} (HTML pages that are not items, chapters, "
        "docs pages or 404)",
        f"correctness (a):        {c['published_pages_present']}/{c['published_pages_expected']} item pages, "
        f"{len(c['unpublished_pages_present'])} unpublished pages, "
        f"{len(c['files_with_unpublished_words'])} files with unpublished words, {len(a.warnings)} warnings",
    ]
    if b.warnings:
        out.append(f"warnings (b):           {len(b.warnings)}, first: {b.warnings[0]}")
    if results["profile"]:
        out += ["", *format_profile_report(results["profile"])]
    return "\n".join(out)


def format_profile_report(profile: dict[str, Any]) -> list[str]:
    if profile["status"] != "ok":
        return [f"profile: {profile['status']}"]
    return [
        f"Profile of the project build ({profile['seconds']:.1f} s under cProfile; "
        "launcher frames left out), top 25 by cumulative time:",
        format_profile(profile["cumulative"]),
        "", "top 15 by own time:", format_profile(profile["own_time"]),
        "", "the project's own code (hooks/, overrides/), top 15 by cumulative time:",
        format_profile(profile["project_code"]),
    ]


def docs_pages(corpus: Path) -> int:
    """Hand-written Markdown pages under docs/ (the home page and any other)."""
    docs = corpus / generate.read_site(PROJECT).docs_dir
    return sum(1 for _ in docs.rglob("*.md")) if docs.is_dir() else 0


def machine() -> dict[str, Any]:
    """Where the figures come from: they mean little without it."""
    return {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            # Other work on the machine slows both builds, not always equally: the ratios are only as good as this.
            "load_average_1min": round(os.getloadavg()[0], 2)}


def project_state() -> dict[str, Any] | None:
    """The commit measured and how many files differed from it (others may be editing the checkout)."""
    try:
        commit = subprocess.run(["git", "-C", str(PROJECT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "-C", str(PROJECT), "status", "--porcelain"],
                                 capture_output=True, text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return None
    return {"commit": commit, "uncommitted_changes": len(changed)}


# ---------------------------------------------------------------------------


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Generate, build, measure; returns everything measured (the `--json` file)."""
    work: Path = args.work.resolve()
    corpus, plain, logs = work / "corpus", work / "corpus-plain", work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    env = bench_env(args.now)
    state, load_before = project_state(), machine()
    started = time.perf_counter()
    meta = generate.generate(args.seed, args.count, corpus, plain, args.now, args.shape)
    generate_seconds = time.perf_counter() - started

    a, b = build_both(corpus, plain, env, logs, args.repeat)
    _progress("newsroom check ...")
    check = newsroom_check(corpus, env, logs)
    serve = None
    if args.serve:
        _progress("preview rebuild ...")
        serve = preview_rebuild(corpus, meta, env, logs)
    profile = None
    if args.profile:
        _progress("profiling the project build ...")
        profile = profile_build(corpus, env, work)

    site_a = corpus / "site"
    docs = docs_pages(corpus)
    results: dict[str, Any] = {
        "count": args.count, "seed": args.seed, "shape": args.shape, "now": args.now, "repeat": args.repeat,
        "work": str(work), "logs": str(logs), "project_state": state,
        "machine": {**load_before, "load_average_1min_at_end": machine()["load_average_1min"]},
        "generate_seconds": round(generate_seconds, 2),
        "published_items": meta["published_items"], "published_pages": meta["published_pages"],
        "unpublished_items": meta["unpublished_items"], "docs_pages": docs,
        "project": _public(a), "plain": _public(b),
        "ratios": {"seconds": _ratio(a.seconds, b.seconds), "peak_rss_mb": _ratio(a.peak_rss_mb, b.peak_rss_mb),
                   "html_pages": _ratio(a.html_pages, b.html_pages), "output_mb": _ratio(a.output_mb, b.output_mb)},
        "generated_pages": a.html_pages - meta["published_pages"] - docs - int((site_a / "404.html").is_file()),
        "feeds": feeds_from_log(a.log),
        "feed_files": count_feed_files(site_a),
        "newsroom_check": check,
        "preview": serve,
        "correctness": check_output(site_a, meta),
        "plain_correctness": check_output(plain / "site", meta),
        "profile": profile,
    }
    print(format_report(results, a, b), flush=True)
    return results


def _public(build: Build) -> dict[str, Any]:
    data = asdict(build)
    data.pop("log")
    return data


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="items in the corpus (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shape", choices=sorted(generate.SHAPES), default=generate.ARTICLES.name,
                        help="the corpus: articles (400-900 words, few partners; default) or briefs "
                             "(60-180 words, many partners)")
    parser.add_argument("--work", type=Path, default=BENCH / "out",
                        help="folder for the corpora, logs and profile (default bench/out, git-ignored)")
    parser.add_argument("--now", default=NOW, help=f"the build's clock, NEWSROOM_NOW (default {NOW})")
    parser.add_argument("--repeat", type=int, default=1,
                        help="build each corpus this many times, alternating, and report the median run (default 1)")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--profile", action="store_true", help="also profile the project build with cProfile")
    parser.add_argument("--no-serve", dest="serve", action="store_false", help="skip the preview rebuild measurement")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    results = run_benchmark(args)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    # The figures are printed either way; a failed build still fails the command (and CI).
    return 0 if results["project"]["ok"] and results["plain"]["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
