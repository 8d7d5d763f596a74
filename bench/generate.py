"""Write a deterministic benchmark corpus: a complete repository of this project, and the same pages as a plain site.

    python bench/generate.py --seed 1 --count 2000 --out bench/corpus [--plain bench/corpus-plain]

`--out` gets `mkdocs.yml` (the project's own, with `hooks:`, `theme.custom_dir` and out-of-corpus `watch:`
paths made absolute so they point at this checkout), copies of `newsroom.yml`, `data/` and `docs/`,
and `count` items in `posts/`, `press/` and `toolkits/` (70/25/5, some toolkits folders with chapters).
`--plain` gets every published item's body as a plain MkDocs + Material page at the same URL, kept out of
the navigation: the floor any MkDocs site pays for these pages. Both folders get `bench-manifest.json`,
which lists every item, its URL and whether the build's clock (`--now`) publishes it.

The same seed, count and clock give byte-identical files: every item draws from its own random
generator seeded by (seed, index), and nothing reads the wall clock.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
sys.path.insert(0, str(BENCH))  # so that importing this module from elsewhere (tests) finds the word bank

import wordbank as wb  # noqa: E402
from shapes import ARTICLES, SHAPES, Shape  # noqa: E402

MANIFEST = "bench-manifest.json"
DEFAULT_NOW = "2026-11-22"
YEARS = 15
SECTION_SHARES = (("posts", 0.70), ("press", 0.25))  # toolkits take the rest
UNPUBLISHED_SHARE = 0.01  # drafts, and embargoed items, each
# What the hooks read besides the content (settings, the media page's data); docs/ is copied too.
COPIED_FROM_PROJECT = ("newsroom.yml", "data")
CONTENT_FOLDERS = ("posts", "press", "toolkits")
MARKER = re.compile(r"MJN-(?:DRAFT|EMBARGO)-\d{4}")
"""The code word every unpublished item carries, so a build's output can be scanned for leaks."""


# ---------------------------------------------------------------------------
# The model of the corpus


@dataclass
class Page:
    """One Markdown file of the corpus and the URL the site must give it."""

    source: str
    url: str
    title: str
    body: str
    front: list[tuple[str, Any]]
    words: int


@dataclass
class Item:
    """One item with its chapters (folder toolkits only) and whether the clock publishes it."""

    section: str
    status: str
    """`published`, `draft` or `embargoed`."""
    page: Page
    chapters: list[Page] = field(default_factory=list)


@dataclass(frozen=True)
class Site:
    """What the generator needs to know about the project it imitates."""

    areas: tuple[str, ...]
    author_keys: tuple[str, ...]
    tz: ZoneInfo
    docs_dir: str


# ---------------------------------------------------------------------------
# Small helpers


_APOSTROPHES = re.compile(r"['’‘ʼ`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def slugify(text: str) -> str:
    """The site contract's slug rule, for the ASCII-and-accents text this generator writes."""
    text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text)).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("-", text.lower()).strip("-")


def title_case(phrase: str) -> str:
    """`use-of-force standards` → `Use-of-Force Standards`, as headline writers do."""
    def cap(word: str, first: bool) -> str:
        return word if (word in _SMALL_WORDS and not first) else word[:1].upper() + word[1:]
    words = phrase.split(" ")
    return " ".join(
        "-".join(cap(part, i == 0 and j == 0) for j, part in enumerate(word.split("-")))
        for i, word in enumerate(words)
    )


_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def count_words(markdown: str) -> int:
    """Words a reader sees: link targets, table rules and Markdown marks are not words."""
    return len(_WORD.findall(_LINK_TARGET.sub("]", markdown)))


def _yaml_text(value: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: safe for colons, quotes and accents.
    return json.dumps(value, ensure_ascii=False)


def front_matter(fields: list[tuple[str, Any]]) -> str:
    """Front matter as an author writes it: dates bare, text quoted, lists one per line."""
    lines = ["---"]
    for name, value in fields:
        if isinstance(value, bool):
            lines.append(f"{name}: {'true' if value else 'false'}")
        elif isinstance(value, list):
            lines.append(f"{name}:")
            lines += [f"  - {_yaml_text(v) if needs_quotes(v) else v}" for v in value]
        elif name in ("date", "embargo", "slug"):
            lines.append(f"{name}: {value}")
        else:
            lines.append(f"{name}: {_yaml_text(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def needs_quotes(value: str) -> bool:
    """Whether a list entry must be quoted in YAML (apostrophes and colons are common in names)."""
    return not re.fullmatch(r"[A-Za-z][A-Za-z0-9 .-]*", value)


# ---------------------------------------------------------------------------
# Reading the project


def read_site(project: Path) -> Site:
    """Issue areas, author keys, time zone and docs folder from the project's own configuration."""
    settings = yaml.safe_load((project / "newsroom.yml").read_text(encoding="utf-8")) or {}
    areas = tuple(str(a["name"]) for a in settings.get("issue_areas") or ()) or tuple(
        name for name in ("Affordable Housing", "Immigrant Rights", "Police Reform", "Economic Justice",
                          "Workers' Rights", "Public Safety", "Democracy", "Climate"))
    config = load_mkdocs_yml(project / "mkdocs.yml")
    return Site(
        areas=areas,
        author_keys=tuple(str(k) for k in (settings.get("authors") or {})),
        tz=ZoneInfo(str(settings.get("timezone") or "America/New_York")),
        docs_dir=str(config.get("docs_dir") or "docs"),
    )


@dataclass
class Tagged:
    """A YAML value with a tag the safe loader does not know (`!ENV`, `!!python/name:`): kept as written."""

    tag: str
    value: Any


class _ConfigLoader(yaml.SafeLoader):
    """Safe YAML that keeps unknown tags, so any mkdocs.yml round-trips."""


class _ConfigDumper(yaml.SafeDumper):
    """Writes `Tagged` values back with their tag."""


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return Tagged(node.tag, value)


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_ConfigLoader.add_multi_constructor("!", _construct_tagged)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_ConfigDumper.add_representer(Tagged, _represent_tagged)


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # Multi-line values (not_in_nav) read best as literal blocks, as people write them.
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_ConfigDumper.add_representer(str, _represent_text)


def load_mkdocs_yml(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}


def dump_mkdocs_yml(config: dict[str, Any]) -> str:
    return yaml.dump(config, Dumper=_ConfigDumper, sort_keys=False, allow_unicode=True, width=100)


def _absolute(path: str, project: Path) -> str:
    return path if Path(path).is_absolute() else str((project / path).resolve())


def project_config(project: Path) -> dict[str, Any]:
    """The project's mkdocs.yml, with every path outside the corpus pointing at the project itself."""
    config = load_mkdocs_yml(project / "mkdocs.yml")
    if "INHERIT" in config:
        config["INHERIT"] = _absolute(str(config["INHERIT"]), project)
    config["hooks"] = [_absolute(str(h), project) for h in config.get("hooks") or ()]
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = _absolute(str(theme["custom_dir"]), project)
    in_corpus = {*CONTENT_FOLDERS, *COPIED_FROM_PROJECT, str(config.get("docs_dir") or "docs")}
    watch = []
    for entry in config.get("watch") or ():
        entry = str(entry)
        if entry.rstrip("/") in in_corpus:
            watch.append(entry)  # the corpus has its own copy: watch that one
        elif (project / entry).exists():
            watch.append(_absolute(entry, project))
    if watch:
        config["watch"] = watch
    return config


def plain_config(project: Path) -> dict[str, Any]:
    """The same site as plain MkDocs + Material: no hooks, no overrides, default plugins, items out of the nav."""
    config = load_mkdocs_yml(project / "mkdocs.yml")
    if "INHERIT" in config:
        config["INHERIT"] = _absolute(str(config["INHERIT"]), project)
    config.pop("hooks", None)
    config.pop("watch", None)
    # MkDocs' default plugins, as on any plain site: Material's search, and its index. The project
    # switches it off for Pagefind, whose indexing it then pays for; the floor pays for its own search.
    config.pop("plugins", None)
    theme = config.get("theme")
    if isinstance(theme, dict):
        theme.pop("custom_dir", None)
    # Items stay out of the navigation, as in the project: listing them there makes Material quadratic.
    config["not_in_nav"] = "".join(f"/{url}/\n" for url in ("blog", "press", "toolkits"))
    docs = project / str(config.get("docs_dir") or "docs")
    # The project's nav may name pages its hooks generate; the plain site has only the hand-written ones.
    config["nav"] = _existing_nav(config.get("nav") or [{"Home": "index.md"}], docs) or [{"Home": "index.md"}]
    return config


def _existing_nav(entries: list[Any], docs: Path) -> list[Any]:
    """The nav entries whose page is in `docs` (or that are external links), sections kept if not empty."""
    kept: list[Any] = []
    for entry in entries:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if isinstance(target, list):
            target = _existing_nav(target, docs)
            if not target:
                continue
        elif not (re.match(r"[a-z]+://", str(target)) or (docs / str(target)).is_file()):
            continue
        kept.append({title: target} if title is not None else target)
    return kept


# ---------------------------------------------------------------------------
# Planning: which item is what, when


@dataclass(frozen=True)
class Plan:
    index: int
    section: str
    status: str
    day: date
    folder: bool


def plan_items(seed: int, count: int, now: datetime) -> list[Plan]:
    """Sections, statuses and dates of all items, drawn once from the seed."""
    rng = random.Random(f"plan:{seed}:{count}")
    sections = _section_list(count)
    rng.shuffle(sections)
    first_day = (now - timedelta(days=365 * YEARS)).date()
    span = (now.date() - first_day).days - 1  # the last item is dated the day before the clock
    unpublished = max(1, round(count * UNPUBLISHED_SHARE)) if count >= 10 else 0
    chosen = rng.sample(range(count), 2 * unpublished)
    drafts, embargoed = set(chosen[:unpublished]), set(chosen[unpublished:])
    toolkits = [i for i, s in enumerate(sections) if s == "toolkits"]
    folders = set(rng.sample(toolkits, max(1, round(len(toolkits) * 0.4)))) if toolkits else set()
    plans = []
    for index, section in enumerate(sections):
        status = "draft" if index in drafts else "embargoed" if index in embargoed else "published"
        if status == "embargoed":
            day = now.date() + timedelta(days=rng.randint(1, 9))  # announced for the coming days
        else:
            day = first_day + timedelta(days=rng.randint(0, span))
        plans.append(Plan(index, section, status, day, index in folders))
    return plans


def _section_list(count: int) -> list[str]:
    sections: list[str] = []
    for name, share in SECTION_SHARES:
        sections += [name] * round(count * share)
    return sections + ["toolkits"] * (count - len(sections))


# ---------------------------------------------------------------------------
# Writing one item


_BULLET_LEADS = ("What the policy does:", "The essentials:", "What cities in the Network have done:",
                 "Where to start:", "The main provisions:")
_NUMBERED_LEADS = ("The steps, in order:", "How to get there:", "A timeline that has worked:")


class Writer:
    """Text for one item, from its own random generator: realistic sentences from the word banks."""

    def __init__(self, rng: random.Random, areas: list[str], partners: list[str], year: int,
                 shape: Shape = ARTICLES) -> None:
        self.rng = rng
        self.shape = shape
        self.banks = [wb.AREAS.get(slugify(a), wb.GENERIC_AREA) for a in areas]
        self.partners = partners
        self.year = year
        self.city, self.state = rng.choice(wb.CITIES)
        self._used: dict[tuple[str, ...], set[str]] = {}

    def pick(self, options: tuple[str, ...]) -> str:
        """A choice not yet used in this item while any is left: writers do not repeat themselves."""
        used = self._used.setdefault(options, set())
        fresh = [o for o in options if o not in used]
        if not fresh:
            used.clear()
            fresh = list(options)
        choice = self.rng.choice(fresh)
        used.add(choice)
        return choice

    # -- slots ---------------------------------------------------------------

    def official(self) -> str:
        r = self.rng
        return f"{r.choice(wb.OFFICE_TITLES)} {r.choice(wb.FIRST_NAMES)} {r.choice(wb.LAST_NAMES)}"

    def partner(self) -> str:
        return self.rng.choice(self.partners) if self.partners and self.rng.random() < 0.7 else self.rng.choice(wb.PARTNERS)

    def money(self) -> str:
        r = self.rng
        return f"${r.randint(11, 95) / 10:.1f} million" if r.random() < 0.6 else f"${r.randint(15, 95) * 10},000"

    def slots(self, bank: wb.AreaBank) -> dict[str, Any]:
        r = self.rng
        city, state = (self.city, self.state) if r.random() < 0.6 else r.choice(wb.CITIES)
        city2 = r.choice([c for c, _ in wb.CITIES if c != city])
        topic = r.choice(bank.topics)
        partner = self.partner()
        return dict(
            city=city, state=state, city2=city2, official=self.official(), partner=partner,
            pct=r.randint(8, 64), num=r.randint(2, 40), count=r.randint(12, 180),
            year=r.randint(max(2005, self.year - 8), self.year), months=r.randint(6, 36),
            money=self.money(), topic=topic, Topic=title_case(topic), document=r.choice(wb.DOCUMENTS),
            url=self.url(partner, topic),
        )

    def url(self, partner: str, topic: str) -> str:
        kind = self.rng.choice(("reports", "research", "news", "resources"))
        return f"https://www.{slugify(partner)}.org/{kind}/{self.year}/{slugify(topic)}"

    def bank(self) -> wb.AreaBank:
        # The first issue area sets the tone; the others come up now and then.
        return self.banks[0] if self.rng.random() < 0.65 else self.rng.choice(self.banks)

    # -- blocks ----------------------------------------------------------------

    def sentence(self, link: bool = False) -> str:
        bank = self.bank()
        templates = wb.LINK_SENTENCES if link else (bank.sentences if self.rng.random() < 0.7 else wb.GENERIC_SENTENCES)
        return self.pick(templates).format_map(self.slots(bank))

    def paragraph(self, sentences: int, link: bool = False) -> str:
        parts = [self.sentence() for _ in range(sentences)]
        if link:
            parts.insert(self.rng.randint(1, len(parts)), self.sentence(link=True))
        if self.rng.random() < 0.15:
            word = self.rng.randrange(len(parts))
            parts[word] = f"**{parts[word]}**"
        return " ".join(parts)

    def heading(self) -> str:
        bank = self.bank()
        return "## " + self.pick(bank.headings if self.rng.random() < 0.6 else wb.GENERIC_HEADINGS)

    def bullet_list(self, numbered: bool = False) -> str:
        bank = self.bank()
        items = list(dict.fromkeys(self.pick(bank.list_items) for _ in range(self.rng.randint(3, 6))))
        marks = [f"{n}." for n in range(1, len(items) + 1)] if numbered else ["-"] * len(items)
        lead = self.pick(_NUMBERED_LEADS if numbered else _BULLET_LEADS)
        return lead + "\n\n" + "\n".join(f"{m} {text}" for m, text in zip(marks, items))

    def table(self) -> str:
        bank = self.bank()
        rows = []
        for city, state in self.rng.sample(wb.CITIES, self.rng.randint(3, 6)):
            topic = self.rng.choice(bank.topics)
            adopted = self.rng.randint(max(2005, self.year - 10), self.year)
            rows.append(f"| {city}, {state} | {topic[:1].upper() + topic[1:]} | {adopted} | {self.rng.randint(120, 48000):,} |")
        intro = f"Results reported by cities in the Network, as of {self.year}:"
        head = f"| City | Policy | Adopted | {bank.table_metric} |\n|---|---|---:|---:|"
        return intro + "\n\n" + head + "\n" + "\n".join(rows)

    def quote(self) -> str:
        bank = self.bank()
        text = self.pick(bank.quotes if self.rng.random() < 0.6 else wb.GENERIC_QUOTES)
        city, state = (self.city, self.state) if self.rng.random() < 0.7 else self.rng.choice(wb.CITIES)
        return f'> "{text}"\n>\n> — {self.official()}, {city}, {state}'

    def block(self) -> str:
        """One block after a heading: mostly prose, sometimes a list, a table or a quote."""
        kind = self.rng.choice(("p", "p", "p", "ul", "ol", "table", "quote"))
        if kind == "ul":
            return self.bullet_list()
        if kind == "ol":
            return self.bullet_list(numbered=True)
        if kind == "table":
            return self.table()
        if kind == "quote":
            return self.quote()
        return self.paragraph(self.rng.randint(2, 4), link=self.rng.random() < 0.25)

    # -- bodies ----------------------------------------------------------------

    def body(self, *, opening: list[str] | None = None, closing: list[str] | None = None) -> str:
        """The shape's words (400–900 for articles): an opening, then `##` sections of prose, lists, tables, quotes."""
        low, high = self.shape.min_words, self.shape.max_words
        target = self.rng.randint(low, high)
        closing = closing or []
        blocks = opening or [self.paragraph(self.rng.randint(2, 4), link=True)]
        words = count_words("\n\n".join(blocks + closing))
        since_heading = 99
        while words < target:
            # A heading always comes with the block under it, so no section is ever empty.
            block = self.block()
            if since_heading >= self.rng.randint(2, 4):
                block, since_heading = self.heading() + "\n\n" + block, 0
            since_heading += 1
            more = count_words(block)
            if words + more > high:
                if words >= low:
                    break
                block, more = self._short_paragraph(high - words)
            blocks.append(block)
            words += more
        return "\n\n".join(blocks + closing) + "\n"

    def _short_paragraph(self, room: int) -> tuple[str, int]:
        for _ in range(20):
            text = self.sentence()
            if count_words(text) <= room:
                return text, count_words(text)
        return "That is the work ahead.", 5


# ---------------------------------------------------------------------------
# Front matter and items


def _issue_areas(rng: random.Random, areas: tuple[str, ...]) -> list[str]:
    how_many = rng.choices((1, 2, 3), weights=(45, 40, 15))[0]
    return rng.sample(list(areas), min(how_many, len(areas)))


def _partners(rng: random.Random, section: str, shape: Shape) -> list[str]:
    if rng.random() >= shape.partner_chance[section]:
        return []
    # A few partners appear often and most rarely, as in any network.
    weights = _partner_weights(len(shape.partners))
    chosen: list[str] = []
    while len(chosen) < rng.choice(shape.partners_per_item):
        name = rng.choices(shape.partners, weights=weights)[0]
        if name not in chosen:
            chosen.append(name)
    return chosen


@functools.cache
def _partner_weights(size: int) -> list[float]:
    return [1 / (i + 1) ** 0.6 for i in range(size)]


def _authors(rng: random.Random, section: str, keys: tuple[str, ...]) -> list[str]:
    chance = {"posts": 0.85, "press": 0.3, "toolkits": 0.9}[section]
    if rng.random() >= chance:
        return []
    authors: list[str] = []
    for _ in range(rng.choice((1, 1, 2))):
        if keys and rng.random() < 0.6:
            name = rng.choice(keys)
        else:
            name = f"{rng.choice(wb.OFFICE_TITLES)} {rng.choice(wb.FIRST_NAMES)} {rng.choice(wb.LAST_NAMES)}"
        if name not in authors:
            authors.append(name)
    return authors


def _title(rng: random.Random, section: str, writer: Writer) -> str:
    templates = {"posts": wb.POST_TITLES, "press": wb.PRESS_TITLES, "toolkits": wb.TOOLKIT_TITLES}[section]
    return rng.choice(templates).format_map(writer.slots(writer.banks[0]))


def _date_text(rng: random.Random, day: date, tz: ZoneInfo) -> str:
    """The three forms the contract accepts, at office hours so the URL's month never shifts."""
    form = rng.random()
    if form < 0.6:
        return day.isoformat()
    moment = datetime.combine(day, time(rng.randint(8, 18), rng.choice((0, 15, 30, 45))), tz)
    if form < 0.9:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.isoformat()


def _unique(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _unique_slug(wanted: str, url_prefix: str, taken_urls: set[str]) -> str:
    """The slug, or `slug-2`, `slug-3`…: two items never claim one URL (the build would skip one)."""
    slug, n = wanted, 2
    while f"{url_prefix}/{slug}/" in taken_urls:
        slug, n = f"{wanted}-{n}", n + 1
    taken_urls.add(f"{url_prefix}/{slug}/")
    return slug


def _short_slug(title: str) -> str:
    words = slugify(title).split("-")
    return "-".join(words[:9])


def make_item(seed: int, plan: Plan, site: Site, taken_urls: set[str], taken_files: set[str],
              shape: Shape = ARTICLES) -> Item:
    """One item, its file and URL, from its own seeded generator."""
    rng = random.Random(f"item:{seed}:{plan.index}")
    areas = _issue_areas(rng, site.areas)
    partners = _partners(rng, plan.section, shape)
    writer = Writer(rng, areas, partners, plan.day.year, shape)
    title = _title(rng, plan.section, writer)
    url_prefix = {"posts": f"blog/{plan.day:%Y/%m}", "press": f"press/{plan.day:%Y/%m}", "toolkits": "toolkits"}[plan.section]
    slug = _unique_slug(_short_slug(title), url_prefix, taken_urls)
    url = f"{url_prefix}/{slug}/"
    explicit_slug = plan.section != "toolkits" and rng.random() < 0.03
    source = _source_path(plan, slug, explicit_slug, taken_files)

    front: list[tuple[str, Any]] = [("title", title), ("date", _date_text(rng, plan.day, site.tz))]
    if plan.status == "embargoed" or (plan.section == "press" and rng.random() < 0.1):
        front.append(("embargo", f"{plan.day.isoformat()} {rng.choice(('06:00', '09:00', '10:00'))}"))
    front.append(("issues", areas))
    if partners:
        front.append(("partners", partners))
    authors = _authors(rng, plan.section, site.author_keys)
    if authors:
        front.append(("authors", authors))
    if rng.random() < 0.85:
        front.append(("summary", " ".join(writer.sentence() for _ in range(rng.choice((1, 2))))))
    if explicit_slug:
        front.append(("slug", slug))
    if rng.random() < 0.15:
        front.append(("image", f"https://images.municipaljustice.org/{plan.day.year}/{slug}.jpg"))
        front.append(("image_alt", writer.sentence()))
    if rng.random() < (0.3 if plan.section == "toolkits" else 0.02):
        front.append(("featured", True))
    if plan.status == "draft":
        front.append(("draft", True))
    if plan.section == "press":
        # As comms staff write releases now: the place in front matter, the build prints it and the boilerplate.
        front.append(("dateline", f"{writer.city.upper()}, {writer.state}"))

    chapter_titles = _chapter_titles(rng) if plan.folder else []
    body = _item_body(writer, plan, chapter_titles)
    page = Page(source, url, title, body, front, count_words(body))
    item = Item(plan.section, plan.status, page)
    folder = source.rsplit("/", 1)[0]
    for number, chapter_title in enumerate(chapter_titles, start=1):
        chapter_slug = slugify(chapter_title)
        chapter_body = writer.body()
        item.chapters.append(Page(f"{folder}/{number:02d}-{chapter_slug}.md", f"{url}{chapter_slug}/", chapter_title,
                                  chapter_body, [("title", chapter_title)], count_words(chapter_body)))
    return item


def _source_path(plan: Plan, slug: str, explicit_slug: bool, taken: set[str]) -> str:
    """Where an author would save the file; with a `slug:` field the file keeps an early working name.

    Without one, the file name gives the URL's slug, which is already unique, so the path is too.
    """
    if plan.section == "toolkits":
        path = f"toolkits/{slug}/index.md" if plan.folder else f"toolkits/{slug}.md"
    elif explicit_slug:
        working_name = "-".join(slug.split("-")[:3]) + "-notes"
        path = _unique(f"{plan.section}/{plan.day.year}/{plan.day.isoformat()}-{working_name}", taken) + ".md"
    else:
        path = f"{plan.section}/{plan.day.year}/{plan.day.isoformat()}-{slug}.md"
    taken.add(path)
    return path


def _chapter_titles(rng: random.Random) -> list[str]:
    chosen = rng.sample(range(len(wb.CHAPTER_TITLES)), rng.choice((2, 3)))
    return [wb.CHAPTER_TITLES[i] for i in sorted(chosen)]


def _item_body(writer: Writer, plan: Plan, chapter_titles: list[str]) -> str:
    opening: list[str] | None = None
    closing: list[str] = []
    if plan.section == "press":
        opening = [writer.paragraph(3, link=True), writer.quote()]
    if chapter_titles:
        contents = "\n".join(f"{n}. **{t}**" for n, t in enumerate(chapter_titles, start=1))
        opening = [writer.paragraph(3, link=True), "## What is in this toolkit",
                   f"The toolkit has {len(chapter_titles)} chapters:\n\n{contents}"]
    if plan.status != "published":
        code = "DRAFT" if plan.status == "draft" else "EMBARGO"
        closing.append(f"*Internal reference MJN-{code}-{plan.index:04d}: not for publication before sign-off.*")
    return writer.body(opening=opening, closing=closing)


# ---------------------------------------------------------------------------
# The corpus


def build_corpus(seed: int, count: int, now: datetime, site: Site, shape: Shape = ARTICLES) -> list[Item]:
    """Every item, in plan order."""
    taken_urls: set[str] = set()
    taken_files: set[str] = set()
    return [make_item(seed, plan, site, taken_urls, taken_files, shape) for plan in plan_items(seed, count, now)]


def manifest(seed: int, count: int, now: datetime, items: list[Item], shape: Shape = ARTICLES) -> dict[str, Any]:
    """What a build of the corpus must output, for the benchmark's correctness checks."""
    def entry(item: Item) -> dict[str, Any]:
        return {
            "source": item.page.source, "url": item.page.url, "section": item.section, "status": item.status,
            "words": item.page.words,
            "chapters": [{"source": c.source, "url": c.url, "words": c.words} for c in item.chapters],
        }
    published = [i for i in items if i.status == "published"]
    return {
        "seed": seed, "count": count, "now": now.isoformat(), "shape": shape.name,
        "published_items": len(published),
        "published_pages": sum(1 + len(i.chapters) for i in published),
        "unpublished_items": len(items) - len(published),
        "items": [entry(i) for i in items],
    }


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def prepare_folder(out: Path) -> None:
    """An empty folder to write into; an earlier corpus is replaced, anything else is left alone."""
    if out.exists() and any(out.iterdir()):
        if not (out / MANIFEST).is_file():
            raise SystemExit(f"{out} is not empty and is not a benchmark corpus: choose another folder")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def copy_project_files(project: Path, out: Path, docs_dir: str, names: tuple[str, ...] = ()) -> None:
    """The hand-written docs pages (home, press kit, assets) and the files or folders `names`."""
    for name in names:
        if (project / name).is_dir():
            shutil.copytree(project / name, out / name)
        elif (project / name).is_file():
            shutil.copyfile(project / name, out / name)
    if (project / docs_dir).is_dir():
        shutil.copytree(project / docs_dir, out / docs_dir)
    if not (out / docs_dir / "index.md").is_file():
        _write(out / docs_dir / "index.md", "# Municipal Justice Network\n\nThe benchmark corpus's home page.\n")


def write_project(out: Path, items: list[Item], meta: dict[str, Any], site: Site, project: Path = PROJECT) -> None:
    """The corpus as this project's repository: content folders, settings, docs, mkdocs.yml."""
    prepare_folder(out)
    copy_project_files(project, out, site.docs_dir, COPIED_FROM_PROJECT)
    _write(out / "mkdocs.yml", dump_mkdocs_yml(project_config(project)))
    for item in items:
        for page in (item.page, *item.chapters):
            _write(out / page.source, front_matter(page.front) + "\n" + page.body)
    _write(out / MANIFEST, json.dumps(meta, indent=1, ensure_ascii=False) + "\n")


def write_plain(out: Path, items: list[Item], meta: dict[str, Any], site: Site, project: Path = PROJECT) -> None:
    """The published pages as a plain MkDocs + Material site, at the project's URLs."""
    prepare_folder(out)
    copy_project_files(project, out, site.docs_dir)
    _write(out / "mkdocs.yml", dump_mkdocs_yml(plain_config(project)))
    docs = out / site.docs_dir
    for item in items:
        if item.status != "published":
            continue
        for page in (item.page, *item.chapters):
            _write(docs / plain_source(page.url, has_children=page is item.page and bool(item.chapters)),
                   f"# {page.title}\n\n{page.body}")
    _write(out / MANIFEST, json.dumps(meta, indent=1, ensure_ascii=False) + "\n")


def plain_source(url: str, has_children: bool) -> str:
    """`blog/2024/05/x/` → `blog/2024/05/x.md`: with directory URLs MkDocs writes it at the same URL."""
    return f"{url}index.md" if has_children else f"{url.rstrip('/')}.md"


def parse_now(text: str, tz: ZoneInfo) -> datetime:
    moment = datetime.fromisoformat(text.strip())
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


def generate(seed: int, count: int, out: Path | None, plain: Path | None, now_text: str = DEFAULT_NOW,
             shape: str = ARTICLES.name) -> dict[str, Any]:
    """Write the corpus of `shape` (a name in `shapes.SHAPES`) and the plain site; returns the manifest."""
    site = read_site(PROJECT)
    now = parse_now(now_text, site.tz)
    items = build_corpus(seed, count, now, site, SHAPES[shape])
    meta = manifest(seed, count, now, items, SHAPES[shape])
    if out is not None:
        write_project(out, items, meta, site)
    if plain is not None:
        write_plain(plain, items, meta, site)
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=2000, help="number of items (default 2000)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the project's repository")
    parser.add_argument("--plain", type=Path, help="folder for the same pages as a plain MkDocs + Material site")
    parser.add_argument("--now", default=DEFAULT_NOW,
                        help=f"the build's clock (NEWSROOM_NOW): dates end before it, embargoes after it (default {DEFAULT_NOW})")
    parser.add_argument("--shape", choices=sorted(SHAPES), default=ARTICLES.name,
                        help="articles: 400-900 words, few partners (default); briefs: 60-180 words, many partners")
    args = parser.parse_args(argv)
    meta = generate(args.seed, args.count, args.out, args.plain, args.now, args.shape)
    print(f"{args.count} items ({meta['published_items']} published, {meta['published_pages']} pages) -> {args.out}"
          + (f" and {args.plain}" if args.plain else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
