"""Reading the built site as its readers do: a page's text as a person reads it; feeds as subscribers'
readers and validators do: RSS and Atom through feedparser, Atom also against RFC 4287's RELAX NG
schema, JSON Feed against the 1.1 specification (feedparser 6 does not read JSON Feed)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import jsonschema
from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"
_RFC_3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

_FORMATS = jsonschema.FormatChecker()


@_FORMATS.checks("date-time")
def _is_rfc_3339(text: object) -> bool:
    # JSON Feed 1.1: "dates are in RFC 3339 format", e.g. 2010-02-07T14:04:00-05:00.
    return isinstance(text, str) and bool(_RFC_3339.match(text)) and datetime.fromisoformat(text) is not None


@_FORMATS.checks("uri")
def _is_absolute_url(text: object) -> bool:
    parts = urlsplit(str(text))
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in str(text)


def words(element) -> str:
    """An element's text as a reader sees it: its words, single spaces between them."""
    return " ".join(element.text_content().split())


@cache
def _atom_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "atom.rng")))


def valid_atom(path: Path) -> feedparser.FeedParserDict:
    """The Atom feed at `path`, parsed by feedparser, after checking it against RFC 4287's schema."""
    schema = _atom_schema()
    assert schema.validate(etree.parse(str(path))), schema.error_log
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo and parsed.version == "atom10", parsed.get("bozo_exception")
    return parsed


def valid_rss(path: Path) -> feedparser.FeedParserDict:
    """The RSS feed at `path`, parsed by feedparser without complaint."""
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo and parsed.version == "rss20", parsed.get("bozo_exception")
    return parsed


def valid_json_feed(path: Path) -> dict:
    """The JSON Feed at `path`, after checking it against JSON Feed 1.1 (tests/schemas/jsonfeed-1.1.json)."""
    feed = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads((SCHEMAS / "jsonfeed-1.1.json").read_text(encoding="utf-8"))
    jsonschema.validate(feed, schema, format_checker=_FORMATS)
    return feed
