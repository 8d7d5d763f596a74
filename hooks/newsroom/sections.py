"""The three sections of the site: where their files live and where their pages go."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    key: str
    """The folder authors write in, at the top of the repository."""
    url: str
    """The URL prefix of the section's pages, without slashes."""
    title: str
    """The name readers see, as a plural: `Press releases`."""
    singular: str
    """One item of the section: `Press release`."""
    dated_urls: bool
    """Whether item URLs carry `<yyyy>/<mm>/`."""

    def item_path(self, year: int, month: int, slug: str) -> str:
        """The URL path of an item, relative to the site root, with a trailing slash."""
        if self.dated_urls:
            return f"{self.url}/{year:04d}/{month:02d}/{slug}/"
        return f"{self.url}/{slug}/"


POSTS = Section("posts", "blog", "Blog", "Blog post", dated_urls=True)
PRESS = Section("press", "press", "Press releases", "Press release", dated_urls=True)
TOOLKITS = Section("toolkits", "toolkits", "Toolkits", "Toolkit", dated_urls=False)

SECTIONS: tuple[Section, ...] = (POSTS, PRESS, TOOLKITS)
