"""The network's work as data, at scale: what a large scorecard and a long record of actions add to a build.

    python bench/data.py [--count 200] [--jurisdictions 300] [--criteria 12] [--actions 20000] [--repeat 3]

Generates the benchmark's corpus (`generate.py`) twice, identical but for the data: one without any
scorecard or `data/actions.csv`, one with a scorecard of `--jurisdictions` × `--criteria` on one of
its folder toolkits and `--actions` rows of actions. Builds each with `mkdocs build` in its own
process (`run.build_site`), alternating, `--repeat` times, and prints the median of each, the seconds
the data adds, the pages it adds and the size of `/actions/`. Target (issue 13): under 10 s more,
and `/actions/` under 500 KB of HTML. Exits 1 when a build fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import run  # noqa: E402

LEVELS = ("Not in place", "Partial", "In place")
AREAS = ("Affordable Housing", "Immigrant Rights", "Police Reform", "Economic Justice", "Workers' Rights",
         "Public Safety", "Democracy", "Climate")
STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
          "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR").split()
VERBS = ("adopted", "funded", "passed", "expanded", "created", "launched", "renewed")
THINGS = ("a right to counsel for tenants", "a civilian oversight board", "a fair workweek ordinance",
          "a guaranteed income pilot", "ranked-choice voting", "a building electrification rule",
          "a legal defense fund for immigrants", "a violence interruption program", "a participatory budget",
          "a heat safety standard for outdoor workers", "a housing trust fund", "a crisis response team")
PLACE_PARTS = (("North", "South", "East", "West", "Port", "Lake", "Glen", "Fair", "Red", "Oak", "Cedar", "Mill"),
               ("field", "haven", "ridge", "wood", "brook", "ton", "view", "dale", "mont", "crest", "bury", "ford"))


def place_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """`count` different places, each `(name, state)`, such as `Westbrook Falls, OH`."""
    places: set[tuple[str, str]] = set()
    while len(places) < count:
        name = rng.choice(PLACE_PARTS[0]) + rng.choice(PLACE_PARTS[1])
        suffix = rng.choice(("", "", " Heights", " Falls", " County", " Springs", " Park", f" {rng.randint(2, 99)}"))
        places.add((name + suffix, rng.choice(STATES)))
    return sorted(places)


def write_scorecard(folder: Path, rng: random.Random, jurisdictions: int, criteria: int) -> None:
    names = [f"Criterion {n + 1}" for n in range(criteria)]
    spec = {"title": "Benchmark Scorecard", "description": "Generated for the benchmark.", "as_of": "2026-09-01",
            "scale": list(LEVELS),
            "criteria": [{"name": name, "description": f"What {name} asks of a jurisdiction."} for name in names]}
    # JSON is YAML: written so, no YAML writer can change a value.
    (folder / "scorecard.yml").write_text(json.dumps(spec, indent=2), encoding="utf-8")
    with (folder / "scorecard.csv").open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["jurisdiction", "state", *names, *(f"{name} note" for name in names)])
        for name, state in place_names(rng, jurisdictions):
            writer.writerow([name, state, *(rng.choice(LEVELS) for _ in names),
                             *(f"Ordinance {rng.randint(2015, 2026)}-{rng.randint(1, 200)}" if rng.random() < 0.5 else ""
                               for _ in names)])


def write_actions(path: Path, rng: random.Random, count: int, last_day: date) -> None:
    places = place_names(rng, max(count // 10, 10))
    first_day = last_day - timedelta(days=365 * 10)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["date", "jurisdiction", "state", "issue", "action", "link"])
        for n in range(count):
            day = first_day + timedelta(days=rng.randint(0, (last_day - first_day).days))
            name, state = rng.choice(places)
            link = f"https://news.example.org/{day:%Y/%m}/{n}" if rng.random() < 0.3 else ""
            writer.writerow([day.isoformat(), name, state, rng.choice(AREAS),
                             f"City council {rng.choice(VERBS)} {rng.choice(THINGS)} (measure {n + 1})", link])


def corpora(work: Path, seed: int, count: int, args: argparse.Namespace) -> tuple[Path, Path]:
    """The corpus without data (`without/`) and the same corpus with it (`with/`)."""
    without, with_data = work / "without", work / "with"
    for folder in (without, with_data):
        if folder.exists():
            shutil.rmtree(folder)
    meta = generate.generate(seed, count, without, None, args.now)
    shutil.copytree(without, with_data)
    for folder in (without, with_data):
        (folder / "data" / "actions.csv").unlink(missing_ok=True)
        for stale in folder.glob("toolkits/*/scorecard.*"):
            stale.unlink()
    rng = random.Random(seed)
    toolkit = next(item["source"] for item in meta["items"]
                   if item["status"] == "published" and item["source"].endswith("/index.md")
                   and item["source"].startswith("toolkits/"))
    write_scorecard(with_data / Path(toolkit).parent, rng, args.jurisdictions, args.criteria)
    write_actions(with_data / "data" / "actions.csv", rng, args.actions, date.fromisoformat(args.now[:10]) - timedelta(days=1))
    return without, with_data


def _children_cpu() -> float:
    """CPU seconds of this process's finished children so far, theirs included (Pagefind under MkDocs).

    On a busy machine wall time grows with the other load; CPU time much less, so both are shown."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="items in the corpus (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jurisdictions", type=int, default=300)
    parser.add_argument("--criteria", type=int, default=12)
    parser.add_argument("--actions", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--now", default=generate.DEFAULT_NOW)
    parser.add_argument("--work", type=Path, default=BENCH / "out" / "data")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)

    without, with_data = corpora(args.work, args.seed, args.count, args)
    env = run.bench_env(args.now)
    logs = args.work / "logs"
    plain_runs, data_runs = [], []
    cpu: dict[str, list[float]] = {"without": [], "with": []}
    for n in range(1, args.repeat + 1):
        for name, corpus, runs in (("without", without, plain_runs), ("with", with_data, data_runs)):
            print(f"build {n}/{args.repeat}: {name} the data ...", file=sys.stderr, flush=True)
            before = _children_cpu()
            runs.append(run.build_site(name, corpus, env, logs))
            cpu[name].append(_children_cpu() - before)
    plain, data = run.median_run(plain_runs), run.median_run(data_runs)
    cpu_without, cpu_with = sorted(cpu["without"])[(args.repeat - 1) // 2], sorted(cpu["with"])[(args.repeat - 1) // 2]
    site = with_data / "site"
    actions_pages = sorted(site.glob("actions/**/index.html"))
    results = {
        "corpus_items": args.count, "jurisdictions": args.jurisdictions, "criteria": args.criteria,
        "actions": args.actions, "repeat": args.repeat,
        "seconds_without": round(plain.seconds, 2), "seconds_with": round(data.seconds, 2),
        "seconds_added": round(data.seconds - plain.seconds, 2),
        "cpu_seconds_without": round(cpu_without, 2), "cpu_seconds_with": round(cpu_with, 2),
        "cpu_seconds_added": round(cpu_with - cpu_without, 2),
        "pages_added": data.html_pages - plain.html_pages,
        "actions_pages": len(actions_pages),
        "actions_kb": round((site / "actions" / "index.html").stat().st_size / 1024, 1) if data.ok else None,
        "largest_actions_page_kb": round(max((p.stat().st_size for p in actions_pages), default=0) / 1024, 1),
        "ok": plain.ok and data.ok,
        "warnings": data.warnings[:10],
    }
    print(f"""
corpus of {args.count} items, median of {args.repeat}:
                                                    wall     CPU (user + system, Pagefind included)
  without data                                      {plain.seconds:6.1f} s  {cpu_without:6.1f} s  {plain.html_pages} pages
  with a {args.jurisdictions} x {args.criteria} scorecard and {args.actions:,} actions    {data.seconds:6.1f} s  {cpu_with:6.1f} s  {data.html_pages} pages
  added by the data                                 {data.seconds - plain.seconds:6.1f} s  {cpu_with - cpu_without:6.1f} s  {results['pages_added']} pages (target < 10 s)
  /actions/ {results['actions_kb']} KB of HTML; largest page of the record {results['largest_actions_page_kb']} KB (target < 500 KB)""")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for build in (plain, data):
        if not build.ok:
            print(f"the build {build.name} failed:\n" + "\n".join(build.warnings or build.log.splitlines()[-20:]),
                  file=sys.stderr)
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
