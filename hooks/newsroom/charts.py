"""Charts drawn at build time as static SVG, inlined in the page: no request, no script in the reader's browser.

Drawn with Vega-Lite through `vl-convert-python`: one self-contained wheel (Vega's own renderer in
an embedded JavaScript engine) rather than a tree of native dependencies, a declarative spec whose
data are the very rows of the table printed under the chart, text kept as `<text>`, and output that
depends only on the spec. Colours are placeholders that `_clean` turns into classes, and text is
`currentColor`, so the site's stylesheet colours the chart in the light and the dark palette alike.
Every chart goes with a text summary and its data table (the callers write both).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import lxml.etree
import vl_convert
from markupsafe import Markup

VEGA_LITE = "5.21"
"""Pinned, so that an upgrade of the converter does not redraw every chart unasked."""
SVG = "http://www.w3.org/2000/svg"
_PLACEHOLDERS = tuple(f"#0000{n:02x}" for n in range(1, 9))
"""Fill colours no real chart uses: series n is drawn with the n-th, then given the class `nr-chart-fill-n`."""
_CONFIG = {
    "background": None,
    "view": {"stroke": None},
    "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    "axis": {"labelColor": "currentColor", "titleColor": "currentColor", "domainColor": "currentColor",
             "tickColor": "currentColor", "gridColor": "currentColor", "gridOpacity": 0.2, "labelFontSize": 12,
             "titleFontSize": 12, "titleFontWeight": "normal"},
    "legend": {"labelColor": "currentColor", "titleColor": "currentColor", "labelFontSize": 12},
}


@dataclass(frozen=True)
class Chart:
    """A chart ready for a template: its SVG, what it shows in words, and the table it was drawn from."""

    label: str
    """What the chart is, for readers who cannot see it (the SVG's accessible name)."""
    svg: Markup
    summary: str
    """Its message in one or two sentences, printed beside it."""
    columns: tuple[str, ...]
    """The data table's column headings; the first heads the row names."""
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    """The data table: a row name and its numbers."""


def stacked_bars(label: str, summary: str, categories: Sequence[tuple[str, Sequence[int]]],
                 series: Sequence[str], fills: Sequence[int], axis_title: str, name: str, row_heading: str) -> Chart:
    """One horizontal bar per category, split into `series` (drawn in that order, left to right).

    `fills` gives each series' colour class number (`nr-chart-fill-<n>`, 1–8); `name` makes the
    SVG's ids unique on its page. The table lists the series in the given order, its rows headed
    by `row_heading` (`Criterion`).
    """
    values = [{"category": category, "series": serie, "count": counts[index], "order": index}
              for category, counts in categories for index, serie in enumerate(series)]
    bar = {
        "mark": {"type": "bar", "stroke": "currentColor", "strokeOpacity": 0.4, "strokeWidth": 0.5},
        "encoding": {
            "x": _count_axis(axis_title),
            "color": {"field": "series", "type": "nominal",
                      "scale": {"domain": list(series), "range": [_PLACEHOLDERS[n - 1] for n in fills]},
                      "legend": {"orient": "top", "title": None, "symbolType": "square", "direction": "horizontal"}},
            "order": {"field": "order", "type": "quantitative"},
        },
    }
    rows = tuple((category, tuple(counts)) for category, counts in categories)
    return Chart(label, _render(_rows_of_bars(values, bar), label, name), summary, (row_heading, *series), rows)


def bars(label: str, summary: str, categories: Sequence[tuple[str, int]], axis_title: str, name: str,
         row_heading: str, column: str) -> Chart:
    """One horizontal bar per category, its number at its end; the table's columns are `row_heading`, `column`."""
    values = [{"category": category, "count": count} for category, count in categories]
    bar = {
        "encoding": {"x": _count_axis(axis_title)},
        "layer": [
            {"mark": {"type": "bar", "color": _PLACEHOLDERS[5]}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "color": "currentColor", "fontSize": 12},
             "encoding": {"text": {"field": "count", "type": "quantitative", "format": ","}}},
        ],
    }
    rows = tuple((category, (count,)) for category, count in categories)
    return Chart(label, _render(_rows_of_bars(values, bar), label, name), summary, (row_heading, column), rows)


def _count_axis(title: str) -> dict:
    return {"field": "count", "type": "quantitative", "title": title,
            "axis": {"tickMinStep": 1, "format": ",", "grid": False}}


def _rows_of_bars(values: list[dict], bar: dict) -> dict:
    """One row per category, its name written above its bar at full length.

    Names beside the bars would be cut to fit a width guessed from font metrics that are not
    the reader's; above the bar they need no room, and the chart fits a phone's width.
    """
    return {
        "data": {"values": values},
        # The rows in the order given (a list of the values; `null` would still sort them).
        "facet": {"row": {"field": "category", "type": "nominal", "title": None,
                          "sort": list(dict.fromkeys(value["category"] for value in values)), "header": {
            "labelAngle": 0, "labelAlign": "left", "labelAnchor": "start", "labelOrient": "top",
            "labelPadding": 1, "labelFontSize": 12, "labelColor": "currentColor", "labelLimit": 0}}},
        "spacing": 14,
        "spec": {"width": 270, "height": 14, **bar},
    }


def _render(spec: dict, label: str, name: str) -> Markup:
    spec = {"$schema": f"https://vega.github.io/schema/vega-lite/v{VEGA_LITE.split('.')[0]}.json", **spec,
            "config": _CONFIG}
    svg = vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE.replace(".", "_"))
    return Markup(_clean(svg, label, name))


_DROPPED = ("class", "role", "aria-label", "aria-roledescription", "aria-hidden", "pointer-events")


def _clean(svg: str, label: str, name: str) -> str:
    """Vega's SVG made fit for inlining: one accessible name, classes for the placeholder fills, page-unique ids.

    The SVG is one image to assistive technology (`role="img"`): its parts are not announced one
    by one, since the summary and the table beside it say the same in words.
    """
    root = lxml.etree.fromstring(svg.encode("utf-8"))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in _DROPPED:
            element.attrib.pop(attribute, None)
        fill = element.get("fill", "")
        if fill in _PLACEHOLDERS:
            del element.attrib["fill"]
            element.set("class", f"nr-chart-fill-{_PLACEHOLDERS.index(fill) + 1}")
        if "id" in element.attrib:
            element.set("id", f"{name}-{element.get('id')}")
        for attribute in ("clip-path", "fill", "stroke"):
            value = element.get(attribute, "")
            if value.startswith("url(#"):
                element.set(attribute, f"url(#{name}-{value[5:]}")
    root.set("role", "img")
    root.set("aria-label", label)
    root.set("class", "nr-chart__svg")
    root.attrib.pop("version", None)
    lxml.etree.cleanup_namespaces(root)
    return lxml.etree.tostring(root, encoding="unicode")
