"""URLs written into pages, meta tags, JSON-LD and feeds, percent-encoded once (RFC 3986).

Authors may name a file as it is on disk (`/images/Tenant Rally 2026.png`) or already encoded
(`/images/Tenant%20Rally%202026.png`); both give `/images/Tenant%20Rally%202026.png`, never
`%2520` (site contract: "Input that is messy but meant").
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

# Characters RFC 3986 allows as they are in each part; `%` stays only as the start of an escape.
_PATH_SAFE = "/:@!$&'()*+,;=~%"
_QUERY_SAFE = _PATH_SAFE + "?"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def encode_url(url: str) -> str:
    """`url` (absolute, or a path) with every character a URL cannot hold percent-encoded.

    Escapes already present (`%20`) are kept; a `%` that starts none becomes `%25`; the host of an
    absolute URL is written in IDNA (`bücher.example` → `xn--bcher-kva.example`).
    """
    parts = urlsplit(_LONE_PERCENT.sub("%25", url.strip()))
    netloc = parts.netloc
    if not netloc.isascii():
        try:
            netloc = netloc.encode("idna").decode("ascii")
        except UnicodeError:
            netloc = quote(netloc, safe=":@[]")
    return urlunsplit((
        parts.scheme, netloc, quote(parts.path, safe=_PATH_SAFE),
        quote(parts.query, safe=_QUERY_SAFE), quote(parts.fragment, safe=_QUERY_SAFE),
    ))


def absolute_url(base: str, path: str) -> str:
    """`path` as authors write it (`/images/x.jpg` from the site's root, or a full URL) made absolute
    under `base` (the site's URL, with its trailing slash) and encoded."""
    if urlsplit(path).scheme:
        return encode_url(path)
    return encode_url(urljoin(base, path.lstrip("/")))
