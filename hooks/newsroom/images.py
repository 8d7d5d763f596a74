"""Item images as the page shows them: their size, and the smaller copies a browser may pick instead.

A card must reserve its image's space before the file arrives (no layout shift), so every `<img>` gets
the file's own width and height, read from its header (PNG, JPEG, GIF, WebP; SVG by its viewBox).
Smaller copies sit beside the image as `<name>-<width>w.webp` (art/make_images.py writes them for the
launch items); when there are any, the page offers them with `srcset`, so a phone downloads a 480-pixel
copy instead of the 1200-pixel original. Without copies an image is shown as it is.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from .urls import encode_url

_COPY = re.compile(r"^(?P<stem>.+)-(?P<width>\d+)w\.webp$")


@dataclass(frozen=True)
class Picture:
    """What an `<img>` needs: URLs relative to the site root (percent-encoded), and the size in pixels."""

    src: str
    width: int | None
    height: int | None
    srcset: tuple[tuple[str, int], ...] = ()
    """(url, width) of every copy, smallest first, the original last; empty without copies."""

    @property
    def smallest(self) -> str:
        """The copy to name in `src` when there is a srcset: what a browser without srcset gets."""
        return self.srcset[0][0] if self.srcset else self.src


def picture(image: str, docs_dir: Path) -> Picture | None:
    """The picture of an item's `image:` (a path under docs/, or a full URL); None for a missing file."""
    if "://" in image:
        return Picture(encode_url(image), None, None)
    # Authors may name the file as it is on disk or percent-encoded (site contract).
    rel = unquote(image.lstrip("/"))
    path = docs_dir / rel
    if not path.is_file():
        return None
    size = image_size(path)
    width, height = size if size else (None, None)
    folder = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
    copies = sorted(
        (int(match["width"]), folder + sibling.name)
        for sibling in path.parent.glob(f"{path.stem}-*w.webp")
        if (match := _COPY.match(sibling.name)) and match["stem"] == path.stem
    )
    srcset = tuple((encode_url(name), copy_width) for copy_width, name in copies if not width or copy_width < width)
    if srcset and width:
        srcset += ((encode_url(rel), width),)
    return Picture(encode_url(rel), width, height, srcset)


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from the file's header; None for a format or file this cannot read."""
    head = path.read_bytes()[:64 * 1024]
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return struct.unpack(">II", head[16:24])
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", head[6:10])
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return _webp_size(head)
        if head[:2] == b"\xff\xd8":
            return _jpeg_size(head)
        if path.suffix.lower() == ".svg":
            return _svg_size(path)
    except (struct.error, IndexError, ValueError, etree.XMLSyntaxError):
        return None
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    # RFC 9649 (WebP), sections 2.5-2.7: the first chunk says the canvas size.
    chunk = head[12:16]
    if chunk == b"VP8X":
        return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    # ITU T.81, annex B: the frame header (SOFn) carries the height, then the width.
    at = 2
    while at + 9 < len(head):
        if head[at] != 0xFF:
            return None
        marker, length = head[at + 1], struct.unpack(">H", head[at + 2:at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[at + 5:at + 9])
            return width, height
        at += 2 + length
    return None


def _svg_size(path: Path) -> tuple[int, int] | None:
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if len(box) == 4:
        return round(float(box[2])), round(float(box[3]))
    return None
