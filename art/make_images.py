"""Draw the launch items' illustrations and the site's icons, in the network's colours.

Each illustration is an SVG built here from simple shapes, one motif per issue area, then rendered by
Chromium (the test browser) into the files the site serves: a 1200×675 PNG for social cards and the
largest screens, and WebP copies 480 and 960 pixels wide for cards (`<name>-480w.webp`,
`<name>-960w.webp`, found by `newsroom.images`). Run after changing a motif or adding a launch item:

    .venv/bin/python art/make_images.py

The output is committed under docs/images/; this script is not part of the build.
"""

from __future__ import annotations

import base64
import math
import sys
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

ROOT = Path(__file__).resolve().parent.parent
ITEMS = ROOT / "docs" / "images" / "items"
ICONS = ROOT / "docs" / "images" / "icons"
SVG = ElementMaker(namespace="http://www.w3.org/2000/svg", nsmap={None: "http://www.w3.org/2000/svg"})

NAVY, INDIGO, ORANGE, CREAM, MIST, WHITE = "#1b2466", "#3f51b5", "#ff6e40", "#fff4ec", "#e8eaf6", "#ffffff"
WIDTH, HEIGHT = 1200, 675


def rect(x, y, w, h, fill, rx=0):
    return SVG.rect(x=str(x), y=str(y), width=str(w), height=str(h), fill=fill, rx=str(rx))


def circle(cx, cy, r, fill):
    return SVG.circle(cx=str(cx), cy=str(cy), r=str(r), fill=fill)


def poly(points, fill):
    return SVG.polygon(points=" ".join(f"{x},{y}" for x, y in points), fill=fill)


def line(x1, y1, x2, y2, stroke, width):
    return SVG.line(x1=str(x1), y1=str(y1), x2=str(x2), y2=str(y2), stroke=stroke,
                    **{"stroke-width": str(width), "stroke-linecap": "round"})


def houses(fg, accent):
    shapes = []
    for n, (x, w, h) in enumerate([(170, 190, 230), (390, 220, 300), (640, 180, 210), (850, 200, 260)]):
        base = 560
        shapes += [rect(x, base - h, w, h, fg), poly([(x - 18, base - h), (x + w / 2, base - h - 110), (x + w + 18, base - h)], fg)]
        for row in range(2):
            for col in range(2):
                lit = (n + row + col) % 3 == 0
                shapes.append(rect(x + 30 + col * (w - 90), base - h + 40 + row * 80, 30, 44, accent if lit else CREAM, 4))
        shapes.append(rect(x + w / 2 - 24, base - 90, 48, 90, CREAM, 6))
    return shapes + [rect(100, 560, 1000, 16, fg, 8)]


def door(fg, accent):
    shapes = [rect(470, 150, 260, 410, fg, 130), rect(505, 190, 190, 370, CREAM, 95), poly([(505, 560), (695, 560), (900, 640), (300, 640)], accent)]
    for n, x in enumerate([250, 330, 870, 950]):
        shapes += [circle(x, 420, 34, accent if n % 2 else fg), rect(x - 42, 460, 84, 110, accent if n % 2 else fg, 40)]
    return shapes


def scales(fg, accent):
    return [rect(588, 160, 24, 380, fg, 12), rect(420, 540, 360, 30, fg, 15), line(360, 230, 840, 230, fg, 20),
            circle(600, 170, 30, accent), line(380, 240, 320, 400, fg, 8), line(380, 240, 440, 400, fg, 8),
            line(820, 240, 760, 400, fg, 8), line(820, 240, 880, 400, fg, 8),
            SVG.path(d="M300 400 h160 a80 60 0 0 1 -160 0z", fill=accent), SVG.path(d="M740 400 h160 a80 60 0 0 1 -160 0z", fill=accent)]


def bars(fg, accent):
    shapes = [rect(180, 560, 840, 14, fg, 7)]
    for n, h in enumerate([120, 190, 250, 330, 400]):
        shapes.append(rect(230 + n * 160, 560 - h, 110, h, accent if n == 4 else fg, 10))
    return shapes + [line(250, 400, 850, 130, accent, 14), poly([(850, 110), (880, 150), (830, 160)], accent)]


def clock(fg, accent):
    return [circle(470, 340, 210, fg), circle(470, 340, 170, CREAM), line(470, 340, 470, 220, fg, 18), line(470, 340, 560, 390, accent, 14),
            circle(470, 340, 16, fg), circle(820, 400, 130, accent), circle(820, 400, 60, CREAM),
            rect(820 - 22, 400 - 160, 44, 50, accent, 8), rect(820 - 22, 400 + 110, 44, 50, accent, 8),
            rect(820 - 160, 400 - 22, 50, 44, accent, 8), rect(820 + 110, 400 - 22, 50, 44, accent, 8)]


def shield(fg, accent):
    return [SVG.path(d="M600 110 L820 190 V360 C820 480 720 560 600 600 C480 560 380 480 380 360 V190 Z", fill=fg),
            SVG.path(d="M600 170 L760 230 V360 C760 450 690 510 600 540 C510 510 440 450 440 360 V230 Z", fill=CREAM),
            SVG.path(d="M600 470 C520 410 480 370 480 320 a55 55 0 0 1 120 -20 a55 55 0 0 1 120 20 C720 370 680 410 600 470 Z", fill=NAVY if accent == CREAM else accent)]


def ballot(fg, accent):
    return [rect(390, 330, 420, 250, fg, 18), rect(470, 310, 260, 24, CREAM, 12), rect(520, 120, 160, 210, WHITE, 8),
            line(555, 230, 590, 265, accent, 16), line(590, 265, 650, 180, accent, 16), rect(470, 420, 260, 20, accent, 10)]


def sun(fg, accent):
    shapes = [circle(360, 250, 100, accent)]
    for n in range(8):
        a = n * math.pi / 4
        shapes.append(line(360 + 130 * math.cos(a), 250 + 130 * math.sin(a), 360 + 170 * math.cos(a), 250 + 170 * math.sin(a), accent, 14))
    return shapes + [rect(780, 230, 20, 340, fg, 10), circle(790, 230, 24, fg),
                     poly([(790, 230), (770, 80), (810, 80)], fg), poly([(790, 230), (930, 300), (910, 330)], fg),
                     poly([(790, 230), (650, 300), (670, 330)], fg), rect(150, 560, 900, 16, fg, 8)]


MOTIFS = {"affordable-housing": houses, "immigrant-rights": door, "police-reform": scales, "economic-justice": bars,
          "workers-rights": clock, "public-safety": shield, "democracy": ballot, "climate": sun}
SCHEMES = [(MIST, NAVY, ORANGE), (CREAM, INDIGO, ORANGE), (NAVY, ORANGE, CREAM), (MIST, INDIGO, ORANGE)]

# Each launch item's illustration: the motif of its first issue area and a colour scheme.
LAUNCH = {
    "why-tenant-right-to-counsel-works": ("affordable-housing", 0),
    "five-lessons-from-participatory-budgeting": ("democracy", 1),
    "heat-is-a-workplace-hazard": ("workers-rights", 3),
    "after-the-election-local-power-matters": ("democracy", 2),
    "what-we-learned-from-a-year-of-crisis-response": ("public-safety", 0),
    "wage-theft-is-the-biggest-theft-in-your-city": ("workers-rights", 1),
    "welcoming-city-policies-plain-language": ("immigrant-rights", 3),
    "clean-heat-without-displacement": ("climate", 1),
    "school-boards-rethinking-police-in-schools": ("police-reform", 3),
    "the-overtime-problem": ("economic-justice", 0),
    "local-officials-launch-municipal-justice-network": ("democracy", 0),
    "statement-on-supreme-court-homelessness-ruling": ("affordable-housing", 2),
    "local-officials-urge-federal-heat-standard": ("climate", 2),
    "local-officials-pledge-to-protect-immigrant-neighbors": ("immigrant-rights", 1),
    "campaign-against-state-preemption": ("economic-justice", 2),
    "standards-for-civilian-oversight-of-police": ("police-reform", 1),
    "network-condemns-raids": ("immigrant-rights", 2),
    "local-climate-action-report-launch": ("climate", 0),
    "fair-local-elections": ("democracy", 3),
    "local-labor-standards-enforcement": ("workers-rights", 2),
    "non-police-crisis-response": ("public-safety", 2),
    "tenant-right-to-counsel": ("affordable-housing", 1),
}


def illustration(motif: str, scheme: int) -> bytes:
    background, fg, accent = SCHEMES[scheme]
    if background == NAVY and fg == ORANGE:
        fg, accent = ORANGE, CREAM
    root = SVG.svg(rect(0, 0, WIDTH, HEIGHT, background), circle(1080, 90, 190, accent if scheme % 2 else fg),
                   rect(0, 630, WIDTH, 45, fg), *MOTIFS[motif](fg, accent),
                   viewBox=f"0 0 {WIDTH} {HEIGHT}", width=str(WIDTH), height=str(HEIGHT))
    return etree.tostring(root)


def logo_mark() -> bytes:
    return (ROOT / "overrides" / "newsroom" / "logo.svg").read_bytes()


def render(page, svg: bytes, width: int, height: int, outputs: dict[Path, tuple[str, int]]) -> None:
    """Draw `svg` at width×height in Chromium and save it as each output's (type, width)."""
    data = base64.b64encode(svg).decode()
    for path, (kind, size) in outputs.items():
        scaled = round(height * size / width)
        url = page.evaluate(
            """async ([data, w, h, kind]) => {
                 const image = new Image(); image.src = "data:image/svg+xml;base64," + data; await image.decode();
                 const canvas = document.createElement("canvas"); canvas.width = w; canvas.height = h;
                 canvas.getContext("2d").drawImage(image, 0, 0, w, h);
                 return canvas.toDataURL(kind, 0.82);
               }""", [data, size, scaled, kind])
        path.write_bytes(base64.b64decode(url.split(",", 1)[1]))


def main() -> int:
    from playwright.sync_api import sync_playwright

    ITEMS.mkdir(parents=True, exist_ok=True)
    ICONS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        page.goto("about:blank")
        for slug, (motif, scheme) in LAUNCH.items():
            svg = illustration(motif, scheme)
            render(page, svg, WIDTH, HEIGHT, {
                ITEMS / f"{slug}.png": ("image/png", 1200),
                ITEMS / f"{slug}-480w.webp": ("image/webp", 480),
                ITEMS / f"{slug}-960w.webp": ("image/webp", 960),
            })
        mark = logo_mark()
        (ICONS / "favicon.svg").write_bytes(mark)
        render(page, mark, 120, 120, {ICONS / "favicon-32.png": ("image/png", 32),
                                      ICONS / "apple-touch-icon.png": ("image/png", 180)})
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
