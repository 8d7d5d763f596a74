"""The feeds of the network's record: `/actions/feed.xml` (RSS 2.0), `atom.xml` (Atom 1.0), `feed.json` (JSON Feed 1.1).

For the people who follow the network's wins: the newest actions, newest first. The channel is
the other feeds' (`feeds.feed_channel`, `feeds.json_feed`), written with feedgen and dated from the
data, never from the clock, so the same record gives the same bytes. Each entry's id is fixed by
its day, place and issue area (`Action.key`), so correcting an action's text keeps its id.
"""

from __future__ import annotations

from datetime import datetime, time
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
from feedgen.feed import FeedGenerator
from lxml.html import builder as E

from .actions import ACTIONS_PATH, DESCRIPTION, TITLE, Action, ActionRecord
from .feeds import ATOM, JSON_FEED, RSS, FeedFormat, FeedPlace, SiteInfo, feed_channel, json_feed


def actions_place(site: SiteInfo) -> FeedPlace:
    """The record as a place with feeds, at `/actions/`; its `links` go in the head of the record's pages."""
    return FeedPlace("actions", ACTIONS_PATH, TITLE, DESCRIPTION, (), urljoin(site.url, ACTIONS_PATH))


def render_action_feeds(record: ActionRecord, site: SiteInfo, size: int, zone: ZoneInfo) -> dict[str, bytes]:
    """The three feed files by name, with the newest `size` actions; dated in the site's time zone `zone`."""
    place = actions_place(site)
    actions = record.actions[:size]
    updated = _moment(actions[0], zone) if actions else datetime(1970, 1, 1, tzinfo=zone)
    return {
        RSS.filename: _feedgen(place, actions, site, updated, zone, RSS).rss_str(pretty=True),
        ATOM.filename: _feedgen(place, actions, site, updated, zone, ATOM).atom_str(pretty=True),
        JSON_FEED.filename: json_feed(place, site, [_json_item(action, site, zone) for action in actions]),
    }


def entry_id(action: Action, site: SiteInfo) -> str:
    """A tag URI (RFC 4151) from the action's day, place and issue area."""
    host = urlsplit(site.url).hostname or "localhost"
    return f"tag:{host},{action.date:%Y-%m-%d}:/{ACTIONS_PATH}{action.key.split('/', 1)[1]}"


def entry_title(action: Action) -> str:
    """`Harbor Point, CA: City council created ...`."""
    return f"{action.place}: {action.text}"


def entry_html(action: Action) -> str:
    """The entry's content: the action, where and in which area, and its source when there is one."""
    text = action.text if action.text.endswith((".", "!", "?")) else f"{action.text}."
    where = E.P(f"{action.jurisdiction}, {action.state_name} · {action.issue.name}. ")
    if action.link:
        where.append(E.A("Source", href=action.link))
    return "".join(lxml.html.tostring(part, encoding="unicode") for part in (E.P(text), where))


def _url(action: Action, site: SiteInfo) -> str:
    """Where an entry leads: its source when given, else the state's list of actions on the site."""
    return action.link or urljoin(site.url, f"{ACTIONS_PATH}states/{action.state.lower()}/")


def _moment(action: Action, zone: ZoneInfo) -> datetime:
    # An action has a day, not a time: feeds need a moment, the day's start in the site's zone.
    return datetime.combine(action.date, time(0, 0), zone)


def _feedgen(place: FeedPlace, actions: tuple[Action, ...], site: SiteInfo, updated: datetime, zone: ZoneInfo,
             fmt: FeedFormat) -> FeedGenerator:
    fg = feed_channel(place, site, updated, fmt)
    for action in actions:
        fe = fg.add_entry(order="append")
        fe.id(entry_id(action, site))
        fe.guid(entry_id(action, site), permalink=False)
        fe.title(entry_title(action))
        fe.link(href=_url(action, site), rel="alternate")
        fe.published(_moment(action, zone))
        fe.updated(_moment(action, zone))
        fe.content(entry_html(action), type="html")
        fe.category(term=action.issue.name, label=action.issue.name)
    return fg


def _json_item(action: Action, site: SiteInfo, zone: ZoneInfo) -> dict:
    return {
        "id": entry_id(action, site),
        "url": _url(action, site),
        "title": entry_title(action),
        "content_html": entry_html(action),
        "date_published": _moment(action, zone).isoformat(),
        "tags": [action.issue.name],
    }
