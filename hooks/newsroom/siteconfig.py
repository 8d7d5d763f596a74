"""What the authoring commands need from mkdocs.yml, read without MkDocs: the docs folder and the site's address."""

from __future__ import annotations

from pathlib import Path

import yaml

CONFIG_FILE = "mkdocs.yml"


class _LenientLoader(yaml.SafeLoader):
    """Safe YAML that reads MkDocs' custom tags (`!ENV`, `!!python/name:`) as nothing instead of failing."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config(root: Path) -> dict:
    """mkdocs.yml at `root` as plain data, or {} when it cannot be read (the build reports that itself)."""
    try:
        config = yaml.load((root / CONFIG_FILE).read_text(encoding="utf-8"), Loader=_LenientLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return config if isinstance(config, dict) else {}


def site_docs_dir(root: Path) -> Path:
    """MkDocs' `docs_dir` (default `docs`), as an absolute path under `root`."""
    return root / str(mkdocs_config(root).get("docs_dir") or "docs")


def site_url(root: Path) -> str:
    """`site_url` from mkdocs.yml with its trailing slash, or `/` to print root-relative addresses."""
    url = mkdocs_config(root).get("site_url")
    return f"{str(url).rstrip('/')}/" if url else "/"
